package io.ledgerline.domain;

import java.util.Optional;

/** The event types the contract names. A type outside this list is kept as text with category {@link Category#OTHER}. */
public enum EventType {
    LOGIN(Category.ACCESS),
    LOGIN_FAILED(Category.ACCESS),
    LOGOUT(Category.ACCESS),
    SESSION_REVOKED(Category.ACCESS),
    DEVICE_ADDED(Category.ACCESS),
    PASSWORD_RESET(Category.CREDENTIALS),
    PASSWORD_CHANGE(Category.CREDENTIALS),
    EMAIL_CHANGE(Category.CREDENTIALS),
    PHONE_CHANGE(Category.CREDENTIALS),
    MFA_ENABLED(Category.CREDENTIALS),
    MFA_DISABLED(Category.CREDENTIALS),
    MFA_CHANGED(Category.CREDENTIALS),
    FACE_VERIFICATION(Category.IDENTITY),
    KYC_UPDATE(Category.IDENTITY),
    ADDRESS_ADDED(Category.ADDRESS_BOOK),
    ADDRESS_REMOVED(Category.ADDRESS_BOOK),
    DEPOSIT(Category.FUNDS),
    TRADE(Category.FUNDS),
    WITHDRAWAL_REQUEST(Category.FUNDS),
    WITHDRAWAL(Category.FUNDS),
    WITHDRAWAL_CANCELLED(Category.FUNDS),
    API_KEY_CREATED(Category.API),
    API_KEY_DELETED(Category.API),
    SUPPORT_CONTACT(Category.SUPPORT_LEGAL),
    DATA_DISCLOSURE(Category.SUPPORT_LEGAL),
    ACCOUNT_FROZEN(Category.ACCOUNT),
    ACCOUNT_UNFROZEN(Category.ACCOUNT);

    private final Category category;

    EventType(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }

    /** The known type spelled exactly so (types are case-sensitive in the contract), if any. */
    public static Optional<EventType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (EventType type : values()) {
            if (type.name().equals(text)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The category of a type's text: {@link Category#OTHER} for a type the contract does not name. */
    public static Category categoryOf(String text) {
        return parse(text).map(EventType::category).orElse(Category.OTHER);
    }
}
