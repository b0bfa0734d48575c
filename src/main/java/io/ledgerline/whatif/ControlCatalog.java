package io.ledgerline.whatif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The controls by name, their default set, and the {@code NAME[=name:value,...]} syntax that configures them
 * (README, "whatif"). Several controls joined by {@code +} are one combination.
 */
public final class ControlCatalog {

    private static final Map<String, Function<ControlParameters, Control>> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put(AddressCooldown.NAME, p -> new AddressCooldown(
                p.hours("hours", AddressCooldown.DEFAULTS.cooldown())));
        BY_NAME.put(AddressExpiry.NAME, p -> new AddressExpiry(p.days("days", AddressExpiry.DEFAULTS.unused())));
        BY_NAME.put(ChangeHold.NAME, p -> new ChangeHold(p.hours("hours", ChangeHold.DEFAULTS.hold())));
        BY_NAME.put(FaceCheckLock.NAME, p -> new FaceCheckLock(p.count("failures", FaceCheckLock.DEFAULTS.failures()),
                p.hours("hours", FaceCheckLock.DEFAULTS.lock()),
                p.choice("review", "manual", "none", FaceCheckLock.DEFAULTS.manualReview())));
        BY_NAME.put(NewCountryStepUp.NAME, p -> new NewCountryStepUp(
                p.hours("factor-hours", NewCountryStepUp.DEFAULTS.factorWindow())));
        BY_NAME.put(VerifiedJudicialCooperation.NAME, p -> VerifiedJudicialCooperation.DEFAULTS);
    }

    private ControlCatalog() {
    }

    /** The control names, in the order the default set runs them. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** Each announced control alone with its default parameters, then all of them combined. */
    public static List<Control> defaults() {
        List<Control> alone = List.of(AddressCooldown.DEFAULTS, AddressExpiry.DEFAULTS, ChangeHold.DEFAULTS,
                FaceCheckLock.DEFAULTS, NewCountryStepUp.DEFAULTS, VerifiedJudicialCooperation.DEFAULTS);
        return aloneAndCombined(alone);
    }

    /**
     * The controls {@code specs} name, each as given; when there are two or more, their combination follows.
     *
     * @throws IllegalArgumentException naming the unknown control, parameter or bad value
     */
    public static List<Control> parse(List<String> specs) {
        return aloneAndCombined(specs.stream().map(ControlCatalog::parse).toList());
    }

    /** One control, or a combination of controls joined by {@code +}. */
    public static Control parse(String spec) {
        List<Control> parts = new ArrayList<>();
        for (String one : spec.split("\\+")) {
            parts.add(parseOne(one.trim()));
        }
        return parts.size() == 1 ? parts.get(0) : new CombinedControls(parts);
    }

    private static Control parseOne(String spec) {
        int eq = spec.indexOf('=');
        String name = eq < 0 ? spec : spec.substring(0, eq).trim();
        Function<ControlParameters, Control> make = BY_NAME.get(name);
        if (make == null) {
            throw new IllegalArgumentException("Unknown control \"" + name + "\"; the controls are "
                    + String.join(", ", names()));
        }
        ControlParameters parameters = new ControlParameters(name, eq < 0 ? null : spec.substring(eq + 1));
        Control control = make.apply(parameters);
        parameters.requireAllKnown();
        return control;
    }

    /** {@code controls} as given, then, when there are two or more, all of them combined. */
    public static List<Control> aloneAndCombined(List<Control> controls) {
        if (controls.size() < 2) {
            return controls;
        }
        List<Control> parts = new ArrayList<>();
        for (Control c : controls) {
            parts.addAll(c instanceof CombinedControls combined ? combined.parts() : List.of(c));
        }
        List<Control> all = new ArrayList<>(controls);
        all.add(new CombinedControls(CombinedControls.ALL, parts));
        return all;
    }
}
