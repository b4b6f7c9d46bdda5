package cn.luzhi.shared;

/** Keycloak realm roles known to Lüzhi (domain.md, "Who uses it"). */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String STAFF = "staff";
    public static final String LEADER = "leader";
    public static final String COMMITTEE = "committee";
    public static final String DEPUTY = "deputy";
    public static final String UNIT = "unit";
    public static final String INTEGRATION = "integration";

    public static final java.util.List<String> ALL = java.util.List.of(ADMIN, STAFF, LEADER, COMMITTEE, DEPUTY, UNIT, INTEGRATION);

    private Roles() {
    }
}
