package org.vietlao.linkage.matching;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vietlao.linkage.enterprise.EnterpriseProfile;

/**
 * An enterprise as the matching index holds it: where it is, what it holds and what it offers and needs. The
 * offers and needs are also kept as arrays, which the engine walks for every partner it scores.
 */
final class Party {

    static final String VIET_NAM = "VN";
    static final String LAOS = "LA";

    /**
     * Province codes numbered in the order first seen (a few dozen), so that the engine finds a partner's road
     * estimate in an array rather than a map.
     */
    private static final Map<String, Integer> PROVINCE_SLOTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static final Offer[] NO_OFFERS = new Offer[0];
    private static final Need[] NO_NEEDS = new Need[0];

    private final long id;
    private final String country;
    private final String name;
    private final Map<String, String> names;
    private final String provinceCode;
    private final String sector;
    private final Set<String> certifications;
    private final Long ownerOrganisationId;
    /** What it sells and buys, kept as arrays only (the lists are views made on demand: decision 0105). */
    final Offer[] offerArray;

    final Need[] needArray;
    /** The first six digits of each offer's code, in the order of {@link #offers}. */
    final int[] offerCodes;
    /** The first six digits of each need's code, in the order of {@link #needs}. */
    final int[] needCodes;
    /** A small number per province code, the same for every enterprise of that province. */
    final int provinceSlot;

    /**
     * @param id the enterprise id
     * @param country {@code VN} or {@code LA}
     * @param name the name in its own language
     * @param names translations by language
     * @param provinceCode its province
     * @param sector ISIC Rev.4 class
     * @param certifications the certifications it holds
     * @param ownerOrganisationId the organisation whose users act for it, {@code null} for none
     * @param offers what it sells
     * @param needs what it buys
     */
    Party(
            long id,
            String country,
            String name,
            Map<String, String> names,
            String provinceCode,
            String sector,
            Set<String> certifications,
            Long ownerOrganisationId,
            List<Offer> offers,
            List<Need> needs) {
        this.id = id;
        this.country = country.intern();
        this.name = name;
        this.names = Map.copyOf(names);
        this.provinceCode = provinceCode.intern();
        this.sector = sector;
        this.certifications = Set.copyOf(certifications);
        this.ownerOrganisationId = ownerOrganisationId;
        this.offerArray = List.copyOf(offers).toArray(NO_OFFERS);
        this.needArray = List.copyOf(needs).toArray(NO_NEEDS);
        this.offerCodes =
                Arrays.stream(offerArray).mapToInt(offer -> offer.hs().six()).toArray();
        this.needCodes =
                Arrays.stream(needArray).mapToInt(need -> need.hs().six()).toArray();
        Integer slot = PROVINCE_SLOTS.get(this.provinceCode);
        this.provinceSlot = slot != null ? slot : newProvinceSlot(this.provinceCode);
    }

    private static synchronized int newProvinceSlot(String provinceCode) {
        return PROVINCE_SLOTS.computeIfAbsent(provinceCode, code -> PROVINCE_SLOTS.size());
    }

    /** The slot of a province code, or -1 when no enterprise of the index has been in that province. */
    static int provinceSlot(String provinceCode) {
        return PROVINCE_SLOTS.getOrDefault(provinceCode, -1);
    }

    /** One more than the highest province slot given out so far. */
    static int provinceSlots() {
        return PROVINCE_SLOTS.size();
    }

    static Party of(EnterpriseProfile profile) {
        return new Party(
                profile.id().value(),
                profile.country(),
                profile.name(),
                profile.names(),
                profile.provinceCode(),
                profile.sector(),
                profile.certifications(),
                profile.ownerOrganisationId(),
                profile.offers().stream()
                        .map(o -> new Offer(HsLine.of(o.hsCode()), amount(o.annualCapacity()), o.unit()))
                        .toList(),
                profile.needs().stream()
                        .map(n -> new Need(
                                HsLine.of(n.hsCode()), amount(n.annualVolume()), n.unit(), n.requiredCertifications()))
                        .toList());
    }

    long id() {
        return id;
    }

    String country() {
        return country;
    }

    String name() {
        return name;
    }

    Map<String, String> names() {
        return names;
    }

    String provinceCode() {
        return provinceCode;
    }

    String sector() {
        return sector;
    }

    Set<String> certifications() {
        return certifications;
    }

    Long ownerOrganisationId() {
        return ownerOrganisationId;
    }

    List<Offer> offers() {
        return Collections.unmodifiableList(Arrays.asList(offerArray));
    }

    List<Need> needs() {
        return Collections.unmodifiableList(Arrays.asList(needArray));
    }

    /** The country across the border from this one. */
    String otherCountry() {
        return VIET_NAM.equals(country) ? LAOS : VIET_NAM;
    }

    /** The name in {@code language} when the enterprise gave one, else in its own language. */
    String nameIn(String language) {
        String translated = names.get(language);
        return translated == null || translated.isBlank() ? name : translated;
    }

    /** Whether it holds every certification a need requires (most needs require none). */
    boolean meets(Need need) {
        return need.requiredCertifications().isEmpty() || certifications.containsAll(need.requiredCertifications());
    }

    @Override
    public String toString() {
        return "Party[" + id + ", " + country + ", " + provinceCode + "]";
    }

    private static Double amount(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    /**
     * @param hs the product
     * @param capacity how much a year, {@code null} if not given
     * @param unit the unit of the capacity
     * @param quantity the capacity in its base unit, for the volume fit
     */
    record Offer(HsLine hs, Double capacity, String unit, ScoringFormula.Quantity quantity) {

        Offer(HsLine hs, Double capacity, String unit) {
            this(hs, capacity, Units.shared(unit), ScoringFormula.Quantity.of(capacity, unit));
        }
    }

    /**
     * @param hs the product
     * @param volume how much a year, {@code null} if not given
     * @param unit the unit of the volume
     * @param requiredCertifications what a supplier must hold
     * @param quantity the volume in its base unit, for the volume fit
     */
    record Need(
            HsLine hs,
            Double volume,
            String unit,
            Set<String> requiredCertifications,
            ScoringFormula.Quantity quantity) {

        Need(HsLine hs, Double volume, String unit, Set<String> requiredCertifications) {
            this(
                    hs,
                    volume,
                    Units.shared(unit),
                    Set.copyOf(requiredCertifications),
                    ScoringFormula.Quantity.of(volume, unit));
        }
    }

    /**
     * The unit texts, one object per distinct text (a registry uses a handful: t, kg, MWh, ...), instead of one
     * string per offer and need read from the database. Bounded like {@link HsLine}'s codes.
     */
    private static final class Units {

        private static final int SHARED_MAX = 10_000;
        private static final Map<String, String> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

        static String shared(String unit) {
            if (unit == null) {
                return null;
            }
            String known = SHARED.get(unit);
            if (known != null) {
                return known;
            }
            if (SHARED.size() < SHARED_MAX) {
                String first = SHARED.putIfAbsent(unit, unit);
                return first != null ? first : unit;
            }
            return unit;
        }
    }
}
