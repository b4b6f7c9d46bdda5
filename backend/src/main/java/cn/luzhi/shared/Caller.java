package cn.luzhi.shared;

/** Who is calling: the Lüzhi account linked to the token's subject, with its role and scope. */
public record Caller(long userId, String username, String displayName, String role, long congressId, Long unitId,
        Long deputyId, Long committeeId) {

    public boolean is(String r) {
        return role.equals(r);
    }

    public boolean isAny(String... roles) {
        for (String r : roles) {
            if (role.equals(r)) {
                return true;
            }
        }
        return false;
    }
}
