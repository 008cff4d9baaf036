package org.vietlao.linkage.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One table of typed inputs, each read through the page form and through a CSV import row: both must accept the
 * same text as the same value and refuse the same text with the same code on the same field.
 */
class ProfileInputTest {

    @ParameterizedTest(name = "{0} = \"{1}\" reads as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            employees                       | 45                 | 45
            employees                       | 1 200              | 1200
            employees                       | 1,200              | 1200
            employees                       | 1.200              | 1200
            employees                       | 12.5               | ENT-009 on employees
            employees                       | many               | ENT-009 on employees
            employees                       | -3                 | ENT-009 on employees
            annualRevenue                   | 2500000000         | 2500000000
            annualRevenue                   | 2,500,000,000      | 2500000000
            annualRevenue                   | 2 500 000 000      | 2500000000
            annualRevenue                   | 2.500.000.000      | ENT-009 on annualRevenue
            annualRevenue                   | lots               | ENT-009 on annualRevenue
            annualRevenue                   | 1500.50            | ENT-009 on annualRevenue
            offers[0].annualCapacity        | 20000              | 20000
            offers[0].annualCapacity        | 20,000.5           | 20000.5
            offers[0].annualCapacity        | 20 000             | 20000
            offers[0].annualCapacity        | 2,5                | ENT-008 on offers[0].annualCapacity
            offers[0].annualCapacity        | lots               | ENT-008 on offers[0].annualCapacity
            needs[0].annualVolume           | 500                | 500
            needs[0].annualVolume           | 0                  | ENT-008 on needs[0].annualVolume
            needs[0].requiredCertifications | ORGANIC+LAOGAP     | LAOGAP ORGANIC
            needs[0].requiredCertifications | organic, laogap    | LAOGAP ORGANIC
            needs[0].requiredCertifications | ORGANIC LAOGAP     | LAOGAP ORGANIC
            needs[0].requiredCertifications | ORGANIC;LAOGAP     | LAOGAP ORGANIC
            needs[0].requiredCertifications | NOPE               | ENT-007 on needs[0].requiredCertifications[0]
            """)
    void theFormAndTheImportReadTheSameTextTheSameWay(String field, String input, String expected) {
        assertThat(throughTheForm(field, input)).as("page form").isEqualTo(expected);
        assertThat(throughTheImport(field, input)).as("CSV import").isEqualTo(expected);
    }

    private static Map<String, String> baseline() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("employees", "45");
        values.put("annualRevenue", "");
        values.put("offers[0].annualCapacity", "20000");
        values.put("needs[0].annualVolume", "500");
        values.put("needs[0].requiredCertifications", "");
        return values;
    }

    private static String throughTheForm(String field, String input) {
        Map<String, String> values = baseline();
        values.put(field, input);
        ProfileForm form = new ProfileForm();
        form.setCountry("LA");
        form.setRegistrationNumber("0100234");
        form.setName("Savan Cassava Cooperative");
        form.setProvinceCode("LA-SV");
        form.setSector("0113");
        form.setEmployees(values.get("employees"));
        form.setAnnualRevenue(values.get("annualRevenue"));
        ProfileForm.OfferRow offer = new ProfileForm.OfferRow();
        offer.setHsCode("071410");
        offer.setAnnualCapacity(values.get("offers[0].annualCapacity"));
        offer.setUnit("t");
        form.setOffers(new ArrayList<>(List.of(offer)));
        ProfileForm.NeedRow need = new ProfileForm.NeedRow();
        need.setHsCode("310420");
        need.setAnnualVolume(values.get("needs[0].annualVolume"));
        need.setUnit("t");
        need.setRequiredCertifications(values.get("needs[0].requiredCertifications"));
        form.setNeeds(new ArrayList<>(List.of(need)));
        Violations violations = new Violations();
        Profile.Draft draft = form.draft(violations, new ArrayList<>(), new ArrayList<>());
        return outcome(field, draft, violations);
    }

    private static String throughTheImport(String field, String input) {
        Map<String, String> values = baseline();
        values.put(field, input);
        String csv = "country,registrationNumber,name,provinceCode,sector,employees,annualRevenue,offers,needs\n"
                + String.join(
                        ",",
                        quoted("LA"),
                        quoted("0100234"),
                        quoted("Savan Cassava Cooperative"),
                        quoted("LA-SV"),
                        quoted("0113"),
                        quoted(values.get("employees")),
                        quoted(values.get("annualRevenue")),
                        quoted("071410:" + values.get("offers[0].annualCapacity") + ":t:"),
                        quoted("310420:" + values.get("needs[0].annualVolume") + ":t:"
                                + values.get("needs[0].requiredCertifications")))
                + "\n";
        EnterpriseCsv.ParsedRow row = EnterpriseCsv.parse(
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))
                .get(0);
        return outcome(field, row.draft(), row.violations());
    }

    /** The value the field ends up with in the checked profile, or the first refusal as "CODE on field". */
    private static String outcome(String field, Profile.Draft draft, Violations violations) {
        Profile profile = Profile.check(draft, ProfileTest.CATALOGUE, violations);
        if (!violations.isEmpty()) {
            Violations.Violation first = violations.all().get(0);
            return first.code().code() + " on " + first.field();
        }
        return switch (field) {
            case "employees" -> String.valueOf(profile.employees());
            case "annualRevenue" -> profile.annualRevenue().toPlainString();
            case "offers[0].annualCapacity" ->
                profile.offers().get(0).annualCapacity().toPlainString();
            case "needs[0].annualVolume" ->
                profile.needs().get(0).annualVolume().toPlainString();
            case "needs[0].requiredCertifications" ->
                profile.needs().get(0).requiredCertifications().stream()
                        .sorted()
                        .collect(Collectors.joining(" "));
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static String quoted(String value) {
        return "\"" + (value == null ? "" : value.replace("\"", "\"\"")) + "\"";
    }
}
