package org.vietlao.linkage.promotion;

/**
 * A channel accepted to list a branded product of the other country: the product is now sold there.
 *
 * @param listingId the listing
 * @param productId the product
 * @param channelId the channel
 * @param producerEnterpriseId the enterprise that makes the product
 * @param channelEnterpriseId the channel's enterprise, {@code null} when it has no registry record
 * @param linkageId the matching linkage it counts as, {@code null} when the channel has no enterprise
 */
public record ListingAccepted(
        long listingId,
        long productId,
        long channelId,
        long producerEnterpriseId,
        Long channelEnterpriseId,
        Long linkageId) {}
