package cn.luzhi.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.luzhi.shared.PageResult;
import cn.luzhi.shared.Paging;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** A paged native query: a FROM/WHERE clause with named parameters, counted and sorted by the database. */
public final class NativePage {
    private final StringBuilder where;
    private final Map<String, Object> params = new LinkedHashMap<>();
    private String cursor = "";
    private final Map<String, Object> cursorParams = new LinkedHashMap<>();

    public NativePage(String fromWhere) {
        this.where = new StringBuilder(fromWhere);
    }

    public NativePage param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** Appends {@code clause} (with parameter {@code name}) when {@code value} is given. */
    public NativePage and(String clause, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(clause);
            params.put(name, value);
        }
        return this;
    }

    /** A keyset condition: it limits the rows listed, not the total counted. */
    public NativePage after(String clause, Map<String, Object> values) {
        cursor = " AND " + clause;
        cursorParams.putAll(values);
        return this;
    }

    /**
     * @param columns the SELECT list; @param idColumn the tie-breaker column paging maps "id" to
     */
    @SuppressWarnings("unchecked")
    public <T> PageResult<T> fetch(EntityManager em, String columns, Paging paging, String idColumn, Function<Object[], T> row) {
        Query list = em.createNativeQuery("SELECT " + columns + " " + where + cursor + " ORDER BY " + orderBy(paging, idColumn) + " LIMIT :lim OFFSET :off");
        Query count = em.createNativeQuery("SELECT COUNT(*) " + where);
        params.forEach((k, v) -> {
            list.setParameter(k, v);
            count.setParameter(k, v);
        });
        cursorParams.forEach(list::setParameter);
        list.setParameter("lim", paging.size()).setParameter("off", (long) paging.page() * paging.size());
        List<T> items = ((List<Object[]>) list.getResultList()).stream().map(row).toList();
        return new PageResult<>(items, ((Number) count.getSingleResult()).longValue(), paging.page(), paging.size());
    }

    /** Every row, in the paging's order (for exports): the database filters and sorts; rows are handed on one at a time. */
    @SuppressWarnings("unchecked")
    public void forEach(EntityManager em, String columns, Paging paging, String idColumn, java.util.function.Consumer<Object[]> row) {
        Query list = em.createNativeQuery("SELECT " + columns + " " + where + cursor + " ORDER BY " + orderBy(paging, idColumn));
        params.forEach(list::setParameter);
        cursorParams.forEach(list::setParameter);
        try (java.util.stream.Stream<Object[]> rows = list.getResultStream()) {
            rows.forEach(row);
        }
    }

    private static String orderBy(Paging paging, String idColumn) {
        List<String> order = new ArrayList<>();
        for (Sort.Column c : paging.sort().getColumns()) {
            order.add(("id".equals(c.getName()) ? idColumn : c.getName()) + (c.getDirection() == Sort.Direction.Descending ? " DESC" : " ASC"));
        }
        return String.join(", ", order);
    }
}
