package cn.luzhi.directory;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.luzhi.shared.TenantEntity;
import cn.luzhi.shared.audit.Audited;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A delegation (代表团 / 代表小组): the deputies elected from one township or constituency group. */
@Entity
@Table(name = "delegation")
public class Delegation extends TenantEntity implements Audited {
    public String name;

    @Override
    public String auditType() {
        return "delegation";
    }


    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        return m;
    }
}
