package cn.luzhi.shared;

/** An entity refused a state change; the rule name is part of the answer so clients can tell rules apart. */
public class DomainRuleViolation extends ProblemException {
    public final String rule;

    public DomainRuleViolation(String rule, String detail) {
        super(409, "/problems/invalid-transition", "Invalid Transition", detail, null);
        this.rule = rule;
    }
}
