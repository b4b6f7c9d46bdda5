package cn.luzhi.directory;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.luzhi.shared.TenantEntity;
import cn.luzhi.shared.audit.Audited;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A special committee (专门委员会) or working committee (工作委员会) of the standing committee. */
@Entity
@Table(name = "committee")
public class Committee extends TenantEntity implements Audited {
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CommitteeKind", description = "SPECIAL 专门委员会 / WORKING 工作委员会")
    public enum Kind { SPECIAL, WORKING }

    public String name;
    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Override
    public String auditType() {
        return "committee";
    }


    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("kind", kind);
        return m;
    }
}
