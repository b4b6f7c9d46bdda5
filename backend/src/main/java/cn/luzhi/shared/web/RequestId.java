package cn.luzhi.shared.web;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

/** A short id per request, echoed as X-Request-Id, written to the audit trail and the log of a 500. */
@RequestScoped
public class RequestId {
    private String value;

    public String get() {
        if (value == null) {
            value = UUID.randomUUID().toString().substring(0, 13);
        }
        return value;
    }
}
