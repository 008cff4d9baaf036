package org.vietlao.linkage.promotion;

import java.util.ArrayList;
import java.util.List;
import org.vietlao.linkage.shared.BusinessException.FieldError;

/** The channel form as typed; {@link #draft} reads it into the same draft the API takes. */
public class ChannelForm {

    private String country;
    private String kind;
    private String name;
    private List<String> provinces = new ArrayList<>();
    private List<String> categories = new ArrayList<>();
    private String hsChapters;
    private String contact;
    private String enterpriseId;

    Channels.Draft draft(List<FieldError> unreadable) {
        Long enterprise = null;
        if (enterpriseId != null && !enterpriseId.isBlank()) {
            enterprise = ProductInput.id(enterpriseId);
            if (enterprise == null) {
                unreadable.add(new FieldError("enterpriseId", "promotion.rule.enterprise"));
            }
        }
        return new Channels.Draft(
                country,
                kind,
                name,
                provinces == null ? List.of() : List.copyOf(provinces),
                categories == null ? List.of() : List.copyOf(categories),
                ProductInput.items(hsChapters),
                contact,
                enterprise);
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getProvinces() {
        return provinces;
    }

    public void setProvinces(List<String> provinces) {
        this.provinces = provinces;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories;
    }

    public String getHsChapters() {
        return hsChapters;
    }

    public void setHsChapters(String hsChapters) {
        this.hsChapters = hsChapters;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(String enterpriseId) {
        this.enterpriseId = enterpriseId;
    }
}
