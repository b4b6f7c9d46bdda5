package cn.luzhi.shared.audit;

import java.util.Map;

/** A record whose every change is written to the audit trail. */
public interface Audited {
    /** Stable name of the record type in the trail, e.g. "deputy". */
    String auditType();

    Long auditId();

    Long auditCongressId();

    /** The fields a person would recognise, by API name, with plain values (ids for references). */
    Map<String, Object> auditState();
}
