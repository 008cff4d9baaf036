package org.vietlao.linkage.enterprise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The profile form of the pages, bound field by field. Numbers arrive as text so that a typo is reported next
 * to its field instead of failing the binding; blank offer and need rows are left out. The text is read by
 * {@link ProfileInput}, as the CSV import reads it.
 */
class ProfileForm {

    /** Blank rows offered under the filled ones, for new offers and needs. */
    static final int BLANK_ROWS = 1;

    private String country;
    private String registrationNumber;
    private String name;
    private String nameVi;
    private String nameLo;
    private String nameEn;
    private String provinceCode;
    private String sector;
    private String employees;
    private String annualRevenue;
    private String sizeClass;
    private List<String> certifications = new ArrayList<>();
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String website;
    private String address;
    private List<OfferRow> offers = new ArrayList<>();
    private List<NeedRow> needs = new ArrayList<>();
    private Integer version;

    /** One line of offers. */
    public static class OfferRow {

        private String hsCode;
        private String description;
        private String annualCapacity;
        private String unit;

        boolean isBlank() {
            return Profile.text(hsCode) == null
                    && Profile.text(description) == null
                    && Profile.text(annualCapacity) == null;
        }

        public String getHsCode() {
            return hsCode;
        }

        public void setHsCode(String hsCode) {
            this.hsCode = hsCode;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getAnnualCapacity() {
            return annualCapacity;
        }

        public void setAnnualCapacity(String annualCapacity) {
            this.annualCapacity = annualCapacity;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }
    }

    /** One line of needs; required certifications as codes separated by commas or spaces. */
    public static class NeedRow {

        private String hsCode;
        private String annualVolume;
        private String unit;
        private String requiredCertifications;

        boolean isBlank() {
            return Profile.text(hsCode) == null
                    && Profile.text(annualVolume) == null
                    && Profile.text(requiredCertifications) == null;
        }

        public String getHsCode() {
            return hsCode;
        }

        public void setHsCode(String hsCode) {
            this.hsCode = hsCode;
        }

        public String getAnnualVolume() {
            return annualVolume;
        }

        public void setAnnualVolume(String annualVolume) {
            this.annualVolume = annualVolume;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public String getRequiredCertifications() {
            return requiredCertifications;
        }

        public void setRequiredCertifications(String requiredCertifications) {
            this.requiredCertifications = requiredCertifications;
        }
    }

    /** The form filled with what the enterprise says now. */
    static ProfileForm of(Enterprise enterprise) {
        Profile p = enterprise.profile();
        ProfileForm form = new ProfileForm();
        form.country = p.country();
        form.registrationNumber = p.registrationNumber();
        form.name = p.name();
        form.nameVi = p.names().get("vi");
        form.nameLo = p.names().get("lo");
        form.nameEn = p.names().get("en");
        form.provinceCode = p.provinceCode();
        form.sector = p.sector();
        form.employees = p.employees() == null ? null : p.employees().toString();
        form.annualRevenue =
                p.annualRevenue() == null ? null : p.annualRevenue().toPlainString();
        form.sizeClass = p.sizeClass().name();
        form.certifications = new ArrayList<>(p.certifications());
        form.contactName = p.contact().name();
        form.contactEmail = p.contact().email();
        form.contactPhone = p.contact().phone();
        form.website = p.contact().website();
        form.address = p.contact().address();
        for (EnterpriseProfile.Offer offer : p.offers()) {
            OfferRow row = new OfferRow();
            row.hsCode = offer.hsCode();
            row.description = offer.description();
            row.annualCapacity = offer.annualCapacity() == null
                    ? null
                    : offer.annualCapacity().toPlainString();
            row.unit = offer.unit();
            form.offers.add(row);
        }
        for (EnterpriseProfile.Need need : p.needs()) {
            NeedRow row = new NeedRow();
            row.hsCode = need.hsCode();
            row.annualVolume =
                    need.annualVolume() == null ? null : need.annualVolume().toPlainString();
            row.unit = need.unit();
            row.requiredCertifications = String.join(
                    ", ", need.requiredCertifications().stream().sorted().toList());
            form.needs.add(row);
        }
        form.version = enterprise.version();
        return form;
    }

    /** Adds blank rows below the filled ones, up to the limit of the registry. */
    ProfileForm withBlankRows() {
        offers.removeIf(row -> row == null || row.isBlank());
        needs.removeIf(row -> row == null || row.isBlank());
        for (int i = 0; i < BLANK_ROWS && offers.size() < Profile.MAX_ITEMS; i++) {
            offers.add(new OfferRow());
        }
        for (int i = 0; i < BLANK_ROWS && needs.size() < Profile.MAX_ITEMS; i++) {
            needs.add(new NeedRow());
        }
        return this;
    }

    /**
     * The draft the form describes; numbers that are not numbers go to {@code violations}. Blank rows are left
     * out, and {@code offerRows}/{@code needRows} receive the form row of each draft item, so that errors can be
     * shown next to the right line.
     */
    Profile.Draft draft(Violations violations, List<Integer> offerRows, List<Integer> needRows) {
        Map<String, String> names = ProfileInput.names(nameVi, nameLo, nameEn);
        Integer employeeCount = ProfileInput.employees(employees, "employees", violations);
        BigDecimal revenue = ProfileInput.revenue(annualRevenue, "annualRevenue", violations);
        List<Profile.OfferDraft> offerDrafts = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            OfferRow row = offers.get(i);
            if (row != null && !row.isBlank()) {
                offerRows.add(i);
                offerDrafts.add(new Profile.OfferDraft(
                        row.hsCode,
                        row.description,
                        ProfileInput.quantity(row.annualCapacity, "offers[" + i + "].annualCapacity", violations),
                        row.unit));
            }
        }
        List<Profile.NeedDraft> needDrafts = new ArrayList<>();
        for (int i = 0; i < needs.size(); i++) {
            NeedRow row = needs.get(i);
            if (row != null && !row.isBlank()) {
                needRows.add(i);
                needDrafts.add(new Profile.NeedDraft(
                        row.hsCode,
                        ProfileInput.quantity(row.annualVolume, "needs[" + i + "].annualVolume", violations),
                        row.unit,
                        ProfileInput.codes(row.requiredCertifications)));
            }
        }
        return new Profile.Draft(
                country,
                registrationNumber,
                name,
                names,
                provinceCode,
                sector,
                employeeCount,
                revenue,
                sizeClass,
                certifications,
                new Profile.Contact(contactName, contactEmail, contactPhone, website, address),
                offerDrafts,
                needDrafts);
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameLo() {
        return nameLo;
    }

    public void setNameLo(String nameLo) {
        this.nameLo = nameLo;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getEmployees() {
        return employees;
    }

    public void setEmployees(String employees) {
        this.employees = employees;
    }

    public String getAnnualRevenue() {
        return annualRevenue;
    }

    public void setAnnualRevenue(String annualRevenue) {
        this.annualRevenue = annualRevenue;
    }

    public String getSizeClass() {
        return sizeClass;
    }

    public void setSizeClass(String sizeClass) {
        this.sizeClass = sizeClass;
    }

    public List<String> getCertifications() {
        return certifications;
    }

    public void setCertifications(List<String> certifications) {
        this.certifications = certifications;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public List<OfferRow> getOffers() {
        return offers;
    }

    public void setOffers(List<OfferRow> offers) {
        this.offers = offers;
    }

    public List<NeedRow> getNeeds() {
        return needs;
    }

    public void setNeeds(List<NeedRow> needs) {
        this.needs = needs;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
