package org.vietlao.linkage.enterprise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.HsCode;

/**
 * What an enterprise says about itself, checked: identity, place, sector, size, certifications, contact,
 * offers and needs. Only {@link #check} makes one, so a {@code Profile} always keeps the registry's rules.
 */
record Profile(
        String country,
        String registrationNumber,
        String name,
        Map<String, String> names,
        String provinceCode,
        String sector,
        Integer employees,
        BigDecimal annualRevenue,
        SizeClass sizeClass,
        SortedSet<String> certifications,
        Contact contact,
        List<EnterpriseProfile.Offer> offers,
        List<EnterpriseProfile.Need> needs) {

    static final int MAX_NAME = 300;
    static final int MAX_DESCRIPTION = 500;
    static final int MAX_CONTACT_NAME = 200;
    static final int MAX_EMAIL = 200;
    static final int MAX_PHONE = 50;
    static final int MAX_WEBSITE = 300;
    static final int MAX_ADDRESS = 500;
    static final int MAX_CODE = 20;
    static final int MAX_ITEMS = 50;
    static final int MAX_EMPLOYEES = 10_000_000;
    /** NUMERIC(20, 0) in the schema. */
    static final int REVENUE_DIGITS = 20;
    /** NUMERIC(18, 3) in the schema. */
    static final int QUANTITY_INTEGER_DIGITS = 15;

    static final int QUANTITY_DECIMALS = 3;
    static final Set<String> NAME_LANGUAGES = Set.of("vi", "lo", "en");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s/]+\\.[^\\s]+", Pattern.CASE_INSENSITIVE);

    /** How to reach the enterprise; every part optional. */
    record Contact(String name, String email, String phone, String website, String address) {

        static final Contact NONE = new Contact(null, null, null, null, null);
    }

    /** A profile as submitted, unchecked: from the API, a page form or a row of an import file. */
    record Draft(
            String country,
            String registrationNumber,
            String name,
            Map<String, String> names,
            String provinceCode,
            String sector,
            Integer employees,
            BigDecimal annualRevenue,
            String sizeClass,
            List<String> certifications,
            Contact contact,
            List<OfferDraft> offers,
            List<NeedDraft> needs) {}

    record OfferDraft(String hsCode, String description, BigDecimal annualCapacity, String unit) {}

    record NeedDraft(String hsCode, BigDecimal annualVolume, String unit, List<String> requiredCertifications) {}

    /** The checked profile; fails with every broken rule at once (see {@link Violations}). */
    static Profile check(Draft draft, Catalogue catalogue) {
        Violations violations = new Violations();
        Profile profile = check(draft, catalogue, violations);
        violations.throwIfAny();
        return profile;
    }

    /** The checked profile, or {@code null} with the broken rules added to {@code violations}. */
    static Profile check(Draft draft, Catalogue catalogue, Violations violations) {
        int before = violations.all().size();
        String country =
                text(draft.country()) == null ? null : draft.country().strip().toUpperCase(Locale.ROOT);
        boolean knownCountry = "VN".equals(country) || "LA".equals(country);
        if (!knownCountry) {
            violations.add(ErrorCode.ENT_015, "country", "enterprise.error.country");
        }
        String registrationNumber = null;
        if (text(draft.registrationNumber()) == null) {
            violations.add(ErrorCode.ENT_002, "registrationNumber", "validation.NotBlank");
        } else if (knownCountry) {
            registrationNumber = RegistrationNumber.normalised(country, draft.registrationNumber());
            if (registrationNumber == null) {
                violations.add(
                        ErrorCode.ENT_002, "registrationNumber", "enterprise.error.registrationNumber." + country);
            }
        }
        String name = required(draft.name(), "name", MAX_NAME, violations);
        Map<String, String> names = names(draft.names(), violations);
        String province = text(draft.provinceCode());
        if (province == null) {
            violations.add(ErrorCode.ENT_004, "provinceCode", "validation.NotBlank");
        } else if (knownCountry && !catalogue.isCurrentProvince(country, province)) {
            violations.add(
                    ErrorCode.ENT_004, "provinceCode", "enterprise.error.province", abbreviated(province), country);
        }
        String sector = text(draft.sector());
        Optional<Character> section = sector == null ? Optional.empty() : catalogue.sectionOfClass(sector);
        if (section.isEmpty()) {
            violations.add(
                    ErrorCode.ENT_005, "sector", "enterprise.error.sector", sector == null ? "" : abbreviated(sector));
        }
        Integer employees = draft.employees();
        if (employees != null && (employees < 0 || employees > MAX_EMPLOYEES)) {
            violations.add(ErrorCode.ENT_009, "employees", "enterprise.error.employees", MAX_EMPLOYEES);
            employees = null;
        }
        BigDecimal revenue = draft.annualRevenue();
        if (revenue != null
                && (revenue.signum() < 0
                        || revenue.stripTrailingZeros().scale() > 0
                        || revenue.precision() - revenue.scale() > REVENUE_DIGITS)) {
            violations.add(ErrorCode.ENT_009, "annualRevenue", "enterprise.error.revenue", REVENUE_DIGITS);
            revenue = null;
        }
        SizeClass size = sizeClass(draft, country, section, employees, revenue, violations);
        SortedSet<String> certifications = certifications(draft.certifications(), "certifications", violations);
        Contact contact = contact(draft.contact(), violations);
        List<EnterpriseProfile.Offer> offers = offers(draft.offers(), catalogue, violations);
        List<EnterpriseProfile.Need> needs = needs(draft.needs(), catalogue, violations);
        if (violations.all().size() > before) {
            return null;
        }
        return new Profile(
                country,
                registrationNumber,
                name,
                names,
                province,
                sector,
                employees,
                revenue == null ? null : revenue.setScale(0),
                size,
                certifications,
                contact,
                offers,
                needs);
    }

    /** The profile's values for the audit log of a new record. */
    Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("country", country);
        values.put("registrationNumber", registrationNumber);
        values.put("name", name);
        values.put("names", names);
        values.put("provinceCode", provinceCode);
        values.put("sector", sector);
        values.put("employees", employees);
        values.put("annualRevenue", annualRevenue == null ? null : annualRevenue.toPlainString());
        values.put("sizeClass", sizeClass.name());
        values.put("certifications", List.copyOf(certifications));
        values.put("contact", contactValues());
        values.put("offers", offers.stream().map(Profile::describe).toList());
        values.put("needs", needs.stream().map(Profile::describe).toList());
        return values;
    }

    /** Each field that differs in {@code next}, with {@code {"from": ..., "to": ...}}. */
    Map<String, Object> differencesTo(Profile next) {
        return EntityChanged.diff(auditValues(), next.auditValues());
    }

    /** Whether {@code other} names the same enterprise: country, registration number and every name. */
    boolean sameIdentityAs(Profile other) {
        return country.equals(other.country)
                && registrationNumber.equals(other.registrationNumber)
                && name.equals(other.name)
                && names.equals(other.names);
    }

    private Map<String, Object> contactValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", contact.name());
        values.put("email", contact.email());
        values.put("phone", contact.phone());
        values.put("website", contact.website());
        values.put("address", contact.address());
        return values;
    }

    private static String describe(EnterpriseProfile.Offer offer) {
        return offer.hsCode() + " " + quantity(offer.annualCapacity(), offer.unit()) + " "
                + Objects.toString(offer.description(), "");
    }

    private static String describe(EnterpriseProfile.Need need) {
        return need.hsCode() + " " + quantity(need.annualVolume(), need.unit()) + " "
                + new TreeSet<>(need.requiredCertifications());
    }

    private static String quantity(BigDecimal amount, String unit) {
        return amount == null ? "-" : amount.toPlainString() + " " + unit;
    }

    private static SizeClass sizeClass(
            Draft draft,
            String country,
            Optional<Character> section,
            Integer employees,
            BigDecimal revenue,
            Violations violations) {
        String given = text(draft.sizeClass());
        SizeClass stated = null;
        if (given != null) {
            try {
                stated = SizeClass.valueOf(given.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                violations.add(ErrorCode.ENT_009, "sizeClass", "enterprise.error.sizeUnknown", abbreviated(given));
                return null;
            }
        }
        if (employees == null && revenue == null) {
            if (stated == null) {
                violations.add(ErrorCode.ENT_009, "sizeClass", "enterprise.error.sizeRequired");
            }
            return stated;
        }
        if (section.isEmpty() || country == null) {
            return stated;
        }
        SizeClass derived =
                SizeClass.of(country, section.get(), employees, revenue).orElseThrow();
        if (stated != null && stated != derived) {
            violations.add(ErrorCode.ENT_009, "sizeClass", "enterprise.error.sizeInconsistent", derived.name());
        }
        return derived;
    }

    private static Map<String, String> names(Map<String, String> given, Violations violations) {
        Map<String, String> names = new TreeMap<>();
        if (given == null) {
            return names;
        }
        given.forEach((language, value) -> {
            String field = "names." + language;
            if (!NAME_LANGUAGES.contains(language)) {
                violations.add(ErrorCode.ENT_001, field, "enterprise.error.nameLanguage");
                return;
            }
            String name = optional(value, field, MAX_NAME, violations);
            if (name != null) {
                names.put(language, name);
            }
        });
        return names;
    }

    private static SortedSet<String> certifications(List<String> given, String field, Violations violations) {
        SortedSet<String> codes = new TreeSet<>();
        if (given == null) {
            return codes;
        }
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i);
            Optional<Certification> certification = Certification.of(code);
            if (certification.isEmpty()) {
                violations.add(
                        ErrorCode.ENT_007,
                        field + "[" + i + "]",
                        "enterprise.error.certification",
                        code == null ? "" : abbreviated(code));
            } else {
                codes.add(certification.get().name());
            }
        }
        return codes;
    }

    private static Contact contact(Contact given, Violations violations) {
        if (given == null) {
            return Contact.NONE;
        }
        String email = optional(given.email(), "contact.email", MAX_EMAIL, violations);
        if (email != null && !EMAIL.matcher(email).matches()) {
            violations.add(ErrorCode.ENT_001, "contact.email", "validation.Email");
        }
        String website = optional(given.website(), "contact.website", MAX_WEBSITE, violations);
        if (website != null && !WEB_ADDRESS.matcher(website).matches()) {
            violations.add(ErrorCode.ENT_001, "contact.website", "enterprise.error.website");
        }
        return new Contact(
                optional(given.name(), "contact.name", MAX_CONTACT_NAME, violations),
                email,
                optional(given.phone(), "contact.phone", MAX_PHONE, violations),
                website,
                optional(given.address(), "contact.address", MAX_ADDRESS, violations));
    }

    private static List<EnterpriseProfile.Offer> offers(
            List<OfferDraft> given, Catalogue catalogue, Violations violations) {
        List<EnterpriseProfile.Offer> offers = new ArrayList<>();
        if (given == null) {
            return offers;
        }
        if (given.size() > MAX_ITEMS) {
            violations.add(ErrorCode.ENT_010, "offers", "enterprise.error.tooMany", MAX_ITEMS);
            return offers;
        }
        for (int i = 0; i < given.size(); i++) {
            OfferDraft offer = given.get(i);
            String field = "offers[" + i + "]";
            if (offer == null) {
                violations.add(ErrorCode.ENT_006, field + ".hsCode", "validation.NotBlank");
                continue;
            }
            String hs = hsCode(offer.hsCode(), field + ".hsCode", catalogue, violations);
            String description = optional(offer.description(), field + ".description", MAX_DESCRIPTION, violations);
            String unit =
                    unit(offer.annualCapacity(), offer.unit(), field + ".annualCapacity", field + ".unit", violations);
            offers.add(new EnterpriseProfile.Offer(hs, description, plain(offer.annualCapacity()), unit));
        }
        return offers;
    }

    private static List<EnterpriseProfile.Need> needs(
            List<NeedDraft> given, Catalogue catalogue, Violations violations) {
        List<EnterpriseProfile.Need> needs = new ArrayList<>();
        if (given == null) {
            return needs;
        }
        if (given.size() > MAX_ITEMS) {
            violations.add(ErrorCode.ENT_010, "needs", "enterprise.error.tooMany", MAX_ITEMS);
            return needs;
        }
        for (int i = 0; i < given.size(); i++) {
            NeedDraft need = given.get(i);
            String field = "needs[" + i + "]";
            if (need == null) {
                violations.add(ErrorCode.ENT_006, field + ".hsCode", "validation.NotBlank");
                continue;
            }
            String hs = hsCode(need.hsCode(), field + ".hsCode", catalogue, violations);
            String unit = unit(need.annualVolume(), need.unit(), field + ".annualVolume", field + ".unit", violations);
            SortedSet<String> required =
                    certifications(need.requiredCertifications(), field + ".requiredCertifications", violations);
            needs.add(new EnterpriseProfile.Need(hs, plain(need.annualVolume()), unit, Set.copyOf(required)));
        }
        return needs;
    }

    /** The code with digits only ("0714.10" is 071410); must be a known subheading or national line. */
    private static String hsCode(String raw, String field, Catalogue catalogue, Violations violations) {
        String code = HsCode.digitsOf(raw);
        if (code.isEmpty()) {
            violations.add(ErrorCode.ENT_006, field, "validation.NotBlank");
        } else if (!HsCode.tryParse(code).map(HsCode::isProductLevel).orElse(false)) {
            violations.add(ErrorCode.ENT_006, field, "enterprise.error.hsMalformed", abbreviated(raw));
        } else if (!catalogue.isKnownHsCode(code)) {
            violations.add(ErrorCode.ENT_006, field, "enterprise.error.hsUnknown", code);
        }
        return code;
    }

    /** The canonical unit; a quantity needs one, and must be above zero and fit the schema. */
    private static String unit(
            BigDecimal amount, String unit, String amountField, String unitField, Violations violations) {
        if (amount != null
                && (amount.signum() <= 0
                        || amount.stripTrailingZeros().scale() > QUANTITY_DECIMALS
                        || amount.precision() - amount.scale() > QUANTITY_INTEGER_DIGITS)) {
            violations.add(
                    ErrorCode.ENT_008,
                    amountField,
                    "enterprise.error.quantity",
                    QUANTITY_INTEGER_DIGITS,
                    QUANTITY_DECIMALS);
        }
        if (text(unit) == null) {
            if (amount != null) {
                violations.add(ErrorCode.ENT_008, unitField, "enterprise.error.unitMissing");
            }
            return null;
        }
        Optional<QuantityUnit> known = QuantityUnit.of(unit);
        if (known.isEmpty()) {
            violations.add(ErrorCode.ENT_008, unitField, "enterprise.error.unit", abbreviated(unit));
            return null;
        }
        return known.get().code();
    }

    /** The number without trailing zeros but never in exponent notation: 20000, not 2E+4. */
    static BigDecimal plain(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String required(String value, String field, int max, Violations violations) {
        String text = text(value);
        if (text == null) {
            violations.add(ErrorCode.ENT_001, field, "validation.NotBlank");
            return null;
        }
        return optional(text, field, max, violations);
    }

    private static String optional(String value, String field, int max, Violations violations) {
        String text = text(value);
        if (text != null && text.length() > max) {
            violations.add(ErrorCode.ENT_001, field, "enterprise.error.tooLong", max);
            return null;
        }
        return text;
    }

    /** The value without surrounding white space; {@code null} when blank. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** User input echoed in a message, cut to a sensible length. */
    static String abbreviated(String input) {
        String text = input.strip();
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
