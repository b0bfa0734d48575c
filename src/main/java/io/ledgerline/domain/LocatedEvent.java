package io.ledgerline.domain;

/**
 * An event's playbook facts with where a login came from: the remediation what-if's step-up control asks whether a
 * login came from a country the account never logged in from.
 *
 * @param loginCountry the event's country when it is a {@code LOGIN}, else null (not read for other types)
 */
public record LocatedEvent(EventFacts facts, String loginCountry) {
}
