package cn.luzhi.directory;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.luzhi.shared.TenantEntity;
import cn.luzhi.shared.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A handling unit (承办单位): a government department, court, procuratorate … that answers suggestions. */
@Entity
@Table(name = "handling_unit")
public class HandlingUnit extends TenantEntity implements Audited {
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "UnitKind", description = "GOVERNMENT_DEPARTMENT 政府部门 / COURT 法院 / PROCURATORATE 检察院 / PUBLIC_INSTITUTION 事业单位 / STATE_ENTERPRISE 国有企业 / TOWNSHIP 乡镇（街道） / OTHER 其他")
    public enum Kind { GOVERNMENT_DEPARTMENT, COURT, PROCURATORATE, PUBLIC_INSTITUTION, STATE_ENTERPRISE, TOWNSHIP, OTHER }

    public String name;
    @Column(name = "short_name")
    public String shortName;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "contact_person")
    public String contactPerson;
    @Column(name = "contact_phone")
    public String contactPhone;
    public boolean active = true;

    @Override
    public String auditType() {
        return "unit";
    }


    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("shortName", shortName);
        m.put("kind", kind);
        m.put("contactPerson", contactPerson);
        m.put("contactPhone", contactPhone);
        m.put("active", active);
        return m;
    }
}
