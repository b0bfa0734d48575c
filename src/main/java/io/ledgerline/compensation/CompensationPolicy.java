package io.ledgerline.compensation;

import io.ledgerline.domain.InputRefusedException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a net loss becomes a proposal: {@link Kind#IN_KIND} gives back each asset's net units; {@link Kind#USD} pays the
 * net loss's USD value at the time of loss. A cap (USD, optional) limits either: in kind it scales every asset's units
 * by cap ÷ the net loss's time-of-loss value, rounded down to 18 decimals (never above the cap).
 *
 * @param capUsd null for no cap
 */
public record CompensationPolicy(Kind kind, BigDecimal capUsd) {

    /** The policy when none is chosen: in kind, no cap. */
    public static final CompensationPolicy DEFAULT = new CompensationPolicy(Kind.IN_KIND, null);

    public CompensationPolicy {
        if (capUsd != null && capUsd.signum() <= 0) {
            throw new InputRefusedException("A compensation cap must be a positive USD amount; got " + capUsd + ".");
        }
    }

    /** The two ways to compensate; {@link #code()} is the stored text. */
    public enum Kind {
        IN_KIND("in_kind"),
        USD("usd");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The policy as recorded with a proposal. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kind", kind.code());
        map.put("cap_usd", capUsd);
        return map;
    }

    @Override
    public String toString() {
        return (kind == Kind.IN_KIND ? "in kind" : "USD at time of loss")
                + (capUsd == null ? "" : ", capped at USD " + capUsd.toPlainString());
    }
}
