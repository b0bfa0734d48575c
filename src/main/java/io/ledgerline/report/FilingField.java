package io.ledgerline.report;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every filing field the investigator enters, because the case cannot supply it (../shared/regulatory-fields.md,
 * section 5: "entered" and "narrative"). One line per field: its name (as typed on the command line), its label in the
 * workbook, the legal reference it fills and what kind of value it takes. A field never entered is shown as
 * {@link #TO_BE_COMPLETED} in the workbook, never left blank.
 */
public enum FilingField {
    // The incident, as the Cover and Summary ask for it
    DETECTED_AT("detected_at", "Date and time of detection (UTC)", "DORA 2.2", Kind.DATETIME),
    CONTAINED_AT("contained_at", "Date and time the incident was contained (UTC)", "Cover", Kind.DATETIME),
    ROOT_CAUSE("root_cause", "Information about the root causes", "DORA 4.5", Kind.TEXT),
    ATTACK_CHAIN("attack_chain", "The attack chain, one step per line", "DORA 2.4, 3.25", Kind.TEXT),
    REMEDIATION("remediation", "Remediation measures (incident resolution summary)", "DORA 4.6", Kind.TEXT),
    // DORA general block (2025/302 Annex I, 1.x)
    SUBMISSION_TYPE("submission_type", "Type of submission", "DORA 1.1", Kind.TEXT),
    ENTITY_NAME("entity_name", "Name of the entity submitting the report", "DORA 1.2", Kind.TEXT),
    ENTITY_CODE("entity_code", "Identification code (LEI) of the submitting entity", "DORA 1.3", Kind.TEXT),
    ENTITY_TYPE("entity_type", "Type of financial entity affected", "DORA 1.4", Kind.TEXT),
    AFFECTED_ENTITY_NAME("affected_entity_name", "Name of the financial entity affected", "DORA 1.5", Kind.TEXT),
    AFFECTED_ENTITY_LEI("affected_entity_lei", "LEI code of the financial entity affected", "DORA 1.6", Kind.TEXT),
    PRIMARY_CONTACT("primary_contact", "Primary contact: name, email, telephone", "DORA 1.7–1.9", Kind.TEXT),
    SECOND_CONTACT("second_contact", "Second contact: name, email, telephone", "DORA 1.10–1.12", Kind.TEXT),
    PARENT_UNDERTAKING("parent_undertaking", "Name and LEI of the ultimate parent undertaking", "DORA 1.13–1.14",
            Kind.TEXT),
    REPORTING_CURRENCY("reporting_currency", "Reporting currency (EUR, CHF…; not USD)", "DORA 1.15", Kind.TEXT),
    FX_RATE("fx_rate", "Units of the reporting currency per USD, to convert losses", "DORA 1.15", Kind.DECIMAL),
    FX_RATE_DATE("fx_rate_date", "Date of that exchange rate (UTC)", "DORA 1.15", Kind.DATETIME),
    HOME_MEMBER_STATE("home_member_state", "Home Member State (ISO 3166 code), left out of 2.6", "DORA 2.6",
            Kind.TEXT),
    // DORA initial notification (2.x)
    CLASSIFIED_MAJOR_AT("classified_major_at", "Date and time of classification as major (UTC)", "DORA 2.3",
            Kind.DATETIME),
    DESCRIPTION("description", "Description of the incident", "DORA 2.4", Kind.TEXT),
    CLASSIFICATION_CRITERIA("classification_criteria", "Classification criteria that triggered the report",
            "DORA 2.5", Kind.TEXT),
    DISCOVERY("discovery", "Discovery of the incident", "DORA 2.7", Kind.TEXT),
    THIRD_PARTY_ORIGIN("third_party_origin", "Originates from a third-party provider or another FE", "DORA 2.8",
            Kind.TEXT),
    BCP_ACTIVATED("bcp_activated", "Activation of business continuity plan (yes/no)", "DORA 2.9", Kind.TEXT),
    OTHER_INFORMATION("other_information", "Other relevant information", "DORA 2.10", Kind.TEXT),
    // DORA intermediate report (3.x)
    AUTHORITY_REFERENCE("authority_reference", "Incident reference code provided by the competent authority",
            "DORA 3.1", Kind.TEXT),
    RECOVERED_AT("recovered_at", "Date and time services were recovered (UTC)", "DORA 3.3", Kind.DATETIME),
    CLIENT_BASE("client_base", "Number of clients using the service (for the percentage)", "DORA 3.5",
            Kind.DECIMAL),
    COUNTERPARTS("counterparts", "Number and percentage of financial counterparts affected", "DORA 3.6–3.7",
            Kind.TEXT),
    RELEVANT_CLIENTS("relevant_clients", "Impact on relevant clients or financial counterparts (yes/no)",
            "DORA 3.8", Kind.TEXT),
    DAILY_TRANSACTIONS("daily_transactions", "Daily average number of transactions (for the percentage)",
            "DORA 3.10", Kind.DECIMAL),
    FIGURES_ACTUAL("figures_actual", "Numbers actual or estimates, or no impact", "DORA 3.12", Kind.TEXT),
    REPUTATIONAL_IMPACT("reputational_impact", "Reputational impact", "DORA 3.13", Kind.TEXT),
    REPUTATIONAL_CONTEXT("reputational_context", "Contextual information on reputational impact", "DORA 3.14",
            Kind.TEXT),
    SERVICE_DOWNTIME("service_downtime", "Service downtime (DDD:HH:MM)", "DORA 3.16", Kind.TEXT),
    DURATION_ACTUAL("duration_actual", "Duration and downtime actual or estimates", "DORA 3.17", Kind.TEXT),
    MEMBER_STATE_IMPACT_TYPES("member_state_impact_types", "Types of impact in the Member States", "DORA 3.18",
            Kind.TEXT),
    MEMBER_STATE_IMPACT("member_state_impact", "How the incident has an impact in other Member States", "DORA 3.19",
            Kind.TEXT),
    DATA_LOSS_DESCRIPTION("data_loss_description", "Description of the data losses", "DORA 3.21", Kind.TEXT),
    CRITICAL_SERVICES("critical_services", "Classification criterion 'Critical services affected'", "DORA 3.22",
            Kind.TEXT),
    INCIDENT_TYPE("incident_type", "Type of the incident", "DORA 3.23", Kind.TEXT),
    OTHER_INCIDENT_TYPE("other_incident_type", "Other types of incidents", "DORA 3.24", Kind.TEXT),
    THREAT_TECHNIQUES("threat_techniques", "Threats and techniques used by the threat actor", "DORA 3.25",
            Kind.TEXT),
    OTHER_TECHNIQUES("other_techniques", "Other types of techniques", "DORA 3.26", Kind.TEXT),
    FUNCTIONAL_AREAS("functional_areas", "Affected functional areas and business processes", "DORA 3.27",
            Kind.TEXT),
    INFRASTRUCTURE_AFFECTED("infrastructure_affected", "Affected infrastructure components (yes/no/unknown)",
            "DORA 3.28", Kind.TEXT),
    INFRASTRUCTURE_INFORMATION("infrastructure_information", "Information about affected infrastructure components",
            "DORA 3.29", Kind.TEXT),
    OTHER_AUTHORITIES("other_authorities", "Reporting to other authorities", "DORA 3.31", Kind.TEXT),
    OTHER_AUTHORITIES_DETAIL("other_authorities_detail", "Specification of 'other' authorities", "DORA 3.32",
            Kind.TEXT),
    TEMPORARY_MEASURES("temporary_measures", "Description of temporary actions/measures", "DORA 3.34", Kind.TEXT),
    // DORA final report (4.x)
    ROOT_CAUSE_CLASS("root_cause_class", "High-level classification of root causes", "DORA 4.1", Kind.TEXT),
    ROOT_CAUSE_DETAIL("root_cause_detail", "Detailed classification of root causes", "DORA 4.2", Kind.TEXT),
    ROOT_CAUSE_ADDITIONAL("root_cause_additional", "Additional classification of root causes", "DORA 4.3",
            Kind.TEXT),
    ROOT_CAUSE_OTHER("root_cause_other", "Other types of root causes", "DORA 4.4", Kind.TEXT),
    ROOT_CAUSE_ADDRESSED_AT("root_cause_addressed_at", "Date and time the root cause was addressed (UTC)",
            "DORA 4.7", Kind.DATETIME),
    RESOLVED_AT("resolved_at", "Date and time the incident was resolved (UTC)", "DORA 4.8", Kind.DATETIME),
    RESOLUTION_DELAY("resolution_delay", "Why permanent resolution differs from the planned date", "DORA 4.9",
            Kind.TEXT),
    CRITICAL_FUNCTIONS_RISK("critical_functions_risk",
            "Risk to critical functions / information for resolution authorities", "DORA 4.10–4.11", Kind.TEXT),
    ECONOMIC_THRESHOLD("economic_threshold", "Materiality threshold for 'Economic impact'", "DORA 4.12", Kind.TEXT),
    OTHER_COSTS_USD("other_costs_usd", "Other direct and indirect costs in USD (staff, advisory, redress…)",
            "DORA 4.13", Kind.DECIMAL),
    RECURRING_INCIDENTS("recurring_incidents", "Recurring non-major incidents and their dates", "DORA 4.15–4.16",
            Kind.TEXT),
    // GDPR Art. 33–34
    GDPR_NOTIFIED_AT("gdpr_notified_at", "Notified to the supervisory authority at (UTC)", "GDPR Art. 33(1)",
            Kind.DATETIME),
    GDPR_DELAY_REASONS("gdpr_delay_reasons", "Reasons for a notification later than 72 hours", "GDPR Art. 33(1)",
            Kind.TEXT),
    GDPR_NATURE("gdpr_nature", "Nature of the personal data breach", "GDPR Art. 33(3)(a)", Kind.TEXT),
    DPO_CONTACT("dpo_contact", "Name and contact details of the DPO or contact point", "GDPR Art. 33(3)(b)",
            Kind.TEXT),
    GDPR_CONSEQUENCES("gdpr_consequences", "Likely consequences of the breach", "GDPR Art. 33(3)(c)", Kind.TEXT),
    GDPR_MEASURES("gdpr_measures", "Measures taken or proposed, incl. mitigation", "GDPR Art. 33(3)(d)", Kind.TEXT),
    GDPR_PHASED("gdpr_phased", "Information to follow in phases", "GDPR Art. 33(4)", Kind.TEXT),
    SUBJECT_COMMUNICATION("subject_communication", "Communication to the data subjects", "GDPR Art. 34(1),(2)",
            Kind.TEXT),
    ART34_EXEMPTION("art34_exemption", "Exemption relied on for not communicating", "GDPR Art. 34(3)", Kind.TEXT),
    // MiCA Art. 75(8)
    MICA_ATTRIBUTABLE("mica_attributable", "Losses attributable to the CASP (yes/no, with reason)",
            "MiCA Art. 75(8)", Kind.TEXT),
    MICA_FEE_TREATMENT("mica_fee_treatment", "Whether withdrawal fees count as lost crypto-assets",
            "MiCA Art. 75(8)", Kind.TEXT);

    /** What a field never entered (or cleared) shows in a workbook. */
    public static final String TO_BE_COMPLETED = "to be completed by the investigator";

    /** What a field's text must be. */
    public enum Kind {
        TEXT, DATETIME, DECIMAL
    }

    private final String key;
    private final String label;
    private final String reference;
    private final Kind kind;

    FilingField(String key, String label, String reference, Kind kind) {
        this.key = key;
        this.label = label;
        this.reference = reference;
        this.kind = kind;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String reference() {
        return reference;
    }

    public Kind kind() {
        return kind;
    }

    public static Optional<FilingField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
