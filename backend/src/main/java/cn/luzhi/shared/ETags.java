package cn.luzhi.shared;

/** Optimistic locking over HTTP: the ETag is the entity's version; writes must quote it in If-Match. */
public final class ETags {
    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Refuses a write without If-Match (428) or with a stale one (412). */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "/problems/precondition-required", "Precondition Required",
                    "修改前须带上 If-Match 请求头（取自读取时的 ETag），以免覆盖他人的修改", null);
        }
        String v = ifMatch.trim();
        if (v.equals("*")) {
            return;
        }
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        if (!v.equals(Long.toString(currentVersion))) {
            throw new ProblemException(412, "/problems/stale-version", "Precondition Failed",
                    "该记录已被他人修改，请刷新后再试", null);
        }
    }
}
