package cn.luzhi.shared.audit;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of one record: who, when, and the changed fields as JSON. Never updated. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "congress_id")
    public Long congressId;
    @Column(name = "entity_type")
    public String entityType;
    @Column(name = "entity_id")
    public Long entityId;
    public String action;
    public String actor;
    @Column(name = "actor_user_id")
    public Long actorUserId;
    public Instant at;
    @Column(columnDefinition = "TEXT")
    public String changes;
    @Column(name = "request_id")
    public String requestId;
}
