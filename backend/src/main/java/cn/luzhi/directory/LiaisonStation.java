package cn.luzhi.directory;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.luzhi.shared.TenantEntity;
import cn.luzhi.shared.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A liaison station (代表联络站 / 代表之家) where stationed deputies receive voters. */
@Entity
@Table(name = "liaison_station")
public class LiaisonStation extends TenantEntity implements Audited {
    public String name;
    public String township;
    public String address;
    @Column(name = "contact_person")
    public String contactPerson;
    @Column(name = "contact_phone")
    public String contactPhone;
    /** Free text such as "每月5日 9:00-12:00" (seed 003: the 5th of every month is reception day). */
    @Column(name = "reception_schedule")
    public String receptionSchedule;

    @Override
    public String auditType() {
        return "station";
    }


    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("township", township);
        m.put("address", address);
        m.put("contactPerson", contactPerson);
        m.put("contactPhone", contactPhone);
        m.put("receptionSchedule", receptionSchedule);
        return m;
    }
}
