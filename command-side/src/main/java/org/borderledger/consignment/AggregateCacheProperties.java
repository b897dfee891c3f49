package org.borderledger.consignment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cache of recently used consignments ({@code borderledger.aggregate-cache}); its bound is checked by
 * {@link org.borderledger.messaging.BoundedAggregateCache}.
 *
 * @param enabled         keep recently used consignments loaded between commands; each use first asks the store for
 *                        the consignment's last sequence number and reloads it if anything newer is stored (by
 *                        another instance, say); false loads every consignment from the store
 * @param maxConsignments how many consignments the cache holds at most; it drops those least likely to be used again
 */
@ConfigurationProperties(AggregateCacheProperties.PREFIX)
record AggregateCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("5000") int maxConsignments) {

    static final String PREFIX = "borderledger.aggregate-cache";
}
