package org.vietlao.linkage.matching;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vietlao.linkage.enterprise.EnterpriseProfile;

/**
 * An enterprise as the matching index holds it: where it is, what it holds and what it offers and needs.
 *
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
record Party(long id, String country, String name, Map<String, String> names, String provinceCode, String sector,
		Set<String> certifications, Long ownerOrganisationId, List<Offer> offers, List<Need> needs) {

	static final String VIET_NAM = "VN";
	static final String LAOS = "LA";

	static Party of(EnterpriseProfile profile) {
		return new Party(profile.id().value(), profile.country(), profile.name(), profile.names(),
				profile.provinceCode(), profile.sector(), profile.certifications(), profile.ownerOrganisationId(),
				profile.offers().stream().map(o -> new Offer(HsLine.of(o.hsCode()), amount(o.annualCapacity()), o.unit()))
					.toList(),
				profile.needs().stream().map(n -> new Need(HsLine.of(n.hsCode()), amount(n.annualVolume()), n.unit(),
						n.requiredCertifications())).toList());
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

	boolean holdsAll(Set<String> required) {
		return certifications.containsAll(required);
	}

	private static Double amount(BigDecimal value) {
		return value == null ? null : value.doubleValue();
	}

	/**
	 * @param hs the product
	 * @param capacity how much a year, {@code null} if not given
	 * @param unit the unit of the capacity
	 */
	record Offer(HsLine hs, Double capacity, String unit) {
	}

	/**
	 * @param hs the product
	 * @param volume how much a year, {@code null} if not given
	 * @param unit the unit of the volume
	 * @param requiredCertifications what a supplier must hold
	 */
	record Need(HsLine hs, Double volume, String unit, Set<String> requiredCertifications) {
	}
}
