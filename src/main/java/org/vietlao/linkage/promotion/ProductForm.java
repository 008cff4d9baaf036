package org.vietlao.linkage.promotion;

import java.util.List;
import org.vietlao.linkage.shared.BusinessException.FieldError;

/** The branded-product form as typed; {@link #draft} reads it through {@link ProductInput}. */
public class ProductForm {

    private String offer;
    private String enterpriseId;
    private String hsCode;
    private String category;
    private String brandEn;
    private String brandVi;
    private String brandLo;
    private String nameEn;
    private String nameVi;
    private String nameLo;
    private String stars;
    private String certificateNumber;
    private String level;
    private String ratedOn;
    private String expiresOn;
    private String certifications;
    private String packSizes;
    private String priceMin;
    private String priceMax;
    private String currency;

    /** The form filled with a saved product, for its producer to change. */
    static ProductForm of(Product p) {
        ProductForm f = new ProductForm();
        f.offer = p.enterpriseId() + "|" + p.hsCode();
        f.enterpriseId = String.valueOf(p.enterpriseId());
        f.hsCode = p.hsCode();
        f.category = p.category().name();
        f.brandEn = p.brand().en();
        f.brandVi = p.brand().vi();
        f.brandLo = p.brand().lo();
        f.nameEn = p.name().en();
        f.nameVi = p.name().vi();
        f.nameLo = p.name().lo();
        Product.RatingView r = p.rating();
        f.stars = r.stars() == null ? null : String.valueOf(r.stars());
        f.certificateNumber = r.certificateNumber();
        f.level = r.level();
        f.ratedOn = r.ratedOn() == null ? null : r.ratedOn().toString();
        f.expiresOn = r.expiresOn() == null ? null : r.expiresOn().toString();
        f.certifications = String.join("; ", p.certifications());
        f.packSizes = String.join("; ", p.packSizes());
        f.priceMin = p.priceMin() == null ? null : p.priceMin().toPlainString();
        f.priceMax = p.priceMax() == null ? null : p.priceMax().toPlainString();
        f.currency = p.currency();
        return f;
    }

    ProductDraft draft(List<FieldError> unreadable) {
        Long enterprise = ProductInput.id(enterpriseId);
        String hs = hsCode;
        if (offer != null && offer.contains("|")) {
            enterprise = ProductInput.id(offer.substring(0, offer.indexOf('|')));
            hs = offer.substring(offer.indexOf('|') + 1);
        }
        return new ProductDraft(
                enterprise,
                hs,
                category,
                new ProductDraft.Texts(brandEn, brandVi, brandLo),
                new ProductDraft.Texts(nameEn, nameVi, nameLo),
                new ProductDraft.RatingInput(
                        ProductInput.stars(stars, "rating.stars", unreadable),
                        certificateNumber,
                        level == null || level.isBlank() ? null : level,
                        ProductInput.day(ratedOn, "rating.ratedOn", unreadable),
                        ProductInput.day(expiresOn, "rating.expiresOn", unreadable)),
                ProductInput.items(certifications),
                ProductInput.items(packSizes),
                ProductInput.amount(priceMin, "priceMin", unreadable),
                ProductInput.amount(priceMax, "priceMax", unreadable),
                currency);
    }

    /** The form field a rule's field is shown on. */
    static String formField(String field) {
        return switch (field) {
            case "enterpriseId", "hsCode" -> "offer";
            case "brand", "brand.en" -> "brandEn";
            case "brand.vi" -> "brandVi";
            case "brand.lo" -> "brandLo";
            case "name", "name.en" -> "nameEn";
            case "name.vi" -> "nameVi";
            case "name.lo" -> "nameLo";
            case "rating.stars" -> "stars";
            case "rating.certificateNumber" -> "certificateNumber";
            case "rating.level" -> "level";
            case "rating.ratedOn" -> "ratedOn";
            case "rating.expiresOn" -> "expiresOn";
            default -> field;
        };
    }

    public String getOffer() {
        return offer;
    }

    public void setOffer(String offer) {
        this.offer = offer;
    }

    public String getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(String enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getHsCode() {
        return hsCode;
    }

    public void setHsCode(String hsCode) {
        this.hsCode = hsCode;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getBrandEn() {
        return brandEn;
    }

    public void setBrandEn(String brandEn) {
        this.brandEn = brandEn;
    }

    public String getBrandVi() {
        return brandVi;
    }

    public void setBrandVi(String brandVi) {
        this.brandVi = brandVi;
    }

    public String getBrandLo() {
        return brandLo;
    }

    public void setBrandLo(String brandLo) {
        this.brandLo = brandLo;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
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

    public String getStars() {
        return stars;
    }

    public void setStars(String stars) {
        this.stars = stars;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getRatedOn() {
        return ratedOn;
    }

    public void setRatedOn(String ratedOn) {
        this.ratedOn = ratedOn;
    }

    public String getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(String expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getCertifications() {
        return certifications;
    }

    public void setCertifications(String certifications) {
        this.certifications = certifications;
    }

    public String getPackSizes() {
        return packSizes;
    }

    public void setPackSizes(String packSizes) {
        this.packSizes = packSizes;
    }

    public String getPriceMin() {
        return priceMin;
    }

    public void setPriceMin(String priceMin) {
        this.priceMin = priceMin;
    }

    public String getPriceMax() {
        return priceMax;
    }

    public void setPriceMax(String priceMax) {
        this.priceMax = priceMax;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }
}
