package io.aftercare.campaign;

import io.aftercare.notification.NotificationDtos;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The set-based half of campaigns: a segment of thousands of customers is counted, and written as recipients and
 * outbox messages, each in one statement (insert ... select ... on conflict do nothing), and the funnel is one
 * grouped pass. Row-level security keeps every statement in the current tenant.
 */
@ApplicationScoped
class CampaignSql {

    /** Work order states in which the visit's work is done. */
    static final String DONE_STATES = "'WORK_DONE', 'SIGNED_OFF', 'REPORTED_IN', 'FILED', 'CLOSED'";

    private final EntityManager db;

    CampaignSql(EntityManager db) {
        this.db = db;
    }

    /** A segment as a where clause over {@code customer c}, with its positional parameters from ?{@code first} on. */
    record Where(String sql, List<Object> params) {
    }

    static Where where(CampaignDtos.Segment segment, LocalDate today, OffsetDateTime now, int first) {
        List<Object> params = new ArrayList<>();
        StringBuilder asset = new StringBuilder("exists (select 1 from asset a where a.customer_id = c.id");
        if (segment.installedWithinMonths() != null) {
            params.add(today.minusMonths(segment.installedWithinMonths()));
            asset.append(" and a.install_date >= ?").append(first + params.size() - 1);
        }
        if (segment.productId() != null) {
            params.add(segment.productId());
            asset.append(" and a.product_id = ?").append(first + params.size() - 1);
        }
        if (segment.warrantyEndingWithinDays() != null) {
            params.add(today);
            int from = first + params.size() - 1;
            params.add(today.plusDays(segment.warrantyEndingWithinDays()));
            int until = first + params.size() - 1;
            asset.append(" and coalesce(a.warranty_end, (select (a.install_date + make_interval(months => p.warranty_months))::date - 1")
                    .append(" from catalog_item p where p.id = a.product_id)) between ?").append(from).append(" and ?").append(until);
        }
        asset.append(")");
        StringBuilder sql = new StringBuilder(asset);
        if (segment.servicePointId() != null) {
            params.add(segment.servicePointId());
            sql.append(" and exists (select 1 from work_order w where w.customer_id = c.id and w.service_point_id = ?")
                    .append(first + params.size() - 1).append(")");
        }
        if (segment.notServicedForMonths() != null) {
            params.add(now.minusMonths(segment.notServicedForMonths()));
            sql.append(" and not exists (select 1 from work_order w where w.customer_id = c.id and w.work_done_at >= ?")
                    .append(first + params.size() - 1).append(")");
        }
        return new Where(sql.toString(), params);
    }

    private static String address(NotificationDtos.Channel channel) {
        return channel == NotificationDtos.Channel.SMS ? "nullif(btrim(c.phone), '')" : "nullif(btrim(c.email), '')";
    }

    @Transactional(Transactional.TxType.MANDATORY)
    CampaignDtos.Audience audience(NotificationDtos.Channel channel, CampaignDtos.Segment segment, LocalDate today, OffsetDateTime now) {
        Where where = where(segment, today, now, 1);
        Object[] row = (Object[]) bind(db.createNativeQuery("""
                select count(*) filter (where c.campaign_opt_out_at is null and %2$s is not null),
                       count(*) filter (where c.campaign_opt_out_at is not null),
                       count(*) filter (where c.campaign_opt_out_at is null and %2$s is null)
                from customer c where %1$s""".formatted(where.sql(), address(channel))), where.params()).getSingleResult();
        return new CampaignDtos.Audience(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }

    /**
     * One recipient per customer of the segment (a customer already in the campaign is left as is), then one outbox
     * message per recipient still to be messaged. Both statements skip what exists, so a second launch on another
     * replica adds nothing. Answers how many messages were written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    int launch(Campaign campaign, String defaultLanguage, String tenantName, String linkBase, String fromText, String untilText,
               OffsetDateTime firstSend, LocalDate today, OffsetDateTime now) {
        Where where = where(campaign.segment(), today, now, 4);
        Query recipients = db.createNativeQuery("""
                insert into campaign_recipient (tenant_id, id, campaign_id, customer_id, token, language, status, notification_id, created_at)
                select c.tenant_id, gen_random_uuid(), ?1, c.id, replace(gen_random_uuid()::text, '-', ''),
                       coalesce(c.language, ?2),
                       case when c.campaign_opt_out_at is not null then 'OPTED_OUT' when %2$s is null then 'UNREACHABLE' else 'MESSAGED' end,
                       case when c.campaign_opt_out_at is null and %2$s is not null then gen_random_uuid() end,
                       ?3
                from customer c where %1$s
                on conflict (tenant_id, campaign_id, customer_id) do nothing""".formatted(where.sql(), address(campaign.channel)))
                .setParameter(1, campaign.id).setParameter(2, defaultLanguage).setParameter(3, now);
        bindFrom(recipients, 4, where.params());
        recipients.executeUpdate();
        Query messages = db.createNativeQuery("""
                insert into notification (tenant_id, id, event_key, template, channel, audience, recipient, subject, body, status,
                                          attempts, next_attempt_at, created_at, priority, quiet_from, quiet_until)
                select r.tenant_id, r.notification_id, 'campaign:' || r.campaign_id || ':' || r.customer_id, 'CAMPAIGN', ?2, 'CUSTOMER',
                       %1$s, ?3,
                       replace(replace(replace(replace(replace(case when r.language = 'en' then ?4 else ?5 end,
                           '{name}', c.name), '{company}', ?6), '{from}', ?7), '{until}', ?8), '{link}', ?9 || r.token),
                       'PENDING', 0, ?10, ?11, 1, ?12, ?13
                from campaign_recipient r join customer c on c.id = r.customer_id
                where r.campaign_id = ?1 and r.status = 'MESSAGED'
                on conflict (tenant_id, event_key, channel, recipient) do nothing""".formatted(address(campaign.channel)))
                .setParameter(1, campaign.id).setParameter(2, campaign.channel.name()).setParameter(3, campaign.name)
                .setParameter(4, campaign.messageEn).setParameter(5, campaign.messageZh).setParameter(6, tenantName)
                .setParameter(7, fromText).setParameter(8, untilText).setParameter(9, linkBase)
                .setParameter(10, firstSend).setParameter(11, now)
                .setParameter(12, campaign.quietFrom).setParameter(13, campaign.quietUntil);
        return messages.executeUpdate();
    }

    /** Messages of a campaign that have not gone out are withdrawn (a cancelled campaign). */
    @Transactional(Transactional.TxType.MANDATORY)
    int withdrawPending(UUID campaignId) {
        return db.createNativeQuery("""
                        update notification n set status = 'WITHDRAWN', last_error = 'campaign cancelled'
                        from campaign_recipient r
                        where r.campaign_id = ?1 and n.id = r.notification_id and n.status = 'PENDING'""")
                .setParameter(1, campaignId).executeUpdate();
    }

    /** A customer's campaign messages that have not gone out are withdrawn (they opted out). */
    @Transactional(Transactional.TxType.MANDATORY)
    int withdrawPendingOf(UUID customerId) {
        return db.createNativeQuery("""
                        update notification n set status = 'WITHDRAWN', last_error = 'customer opted out of campaigns'
                        from campaign_recipient r
                        where r.customer_id = ?1 and n.id = r.notification_id and n.status = 'PENDING'""")
                .setParameter(1, customerId).executeUpdate();
    }

    /** The funnel of each campaign, in one grouped pass over their recipients. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    java.util.Map<UUID, CampaignDtos.Funnel> funnels(List<UUID> campaignIds) {
        java.util.Map<UUID, CampaignDtos.Funnel> funnels = new java.util.HashMap<>();
        if (campaignIds.isEmpty()) {
            return funnels;
        }
        List<Object[]> rows = db.createNativeQuery("""
                        select r.campaign_id,
                               count(*),
                               count(*) filter (where r.status = 'OPTED_OUT'),
                               count(*) filter (where r.status = 'UNREACHABLE'),
                               count(*) filter (where r.status = 'MESSAGED'),
                               count(*) filter (where n.status = 'PENDING'),
                               count(*) filter (where n.status = 'SENT'),
                               count(*) filter (where n.status = 'FAILED' or n.receipt = 'UNDELIVERED'),
                               count(*) filter (where n.receipt = 'DELIVERED' or r.opened_at is not null or r.booked_at is not null),
                               count(*) filter (where r.opened_at is not null or r.booked_at is not null),
                               count(*) filter (where r.booked_at is not null),
                               count(*) filter (where w.status in (%s))
                        from campaign_recipient r
                        left join notification n on n.id = r.notification_id
                        left join service_request s on s.id = r.service_request_id
                        left join work_order w on w.id = s.work_order_id
                        where r.campaign_id = any(cast(?1 as uuid[]))
                        group by r.campaign_id""".formatted(DONE_STATES))
                .setParameter(1, campaignIds.stream().map(UUID::toString).toArray(String[]::new)).getResultList();
        for (Object[] r : rows) {
            funnels.put((UUID) r[0], new CampaignDtos.Funnel(n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]),
                    n(r[9]), n(r[10]), n(r[11])));
        }
        return funnels;
    }

    /** A page of a campaign's recipients with their path, by id; {@code stage} narrows to those whose furthest step it is. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    List<CampaignDtos.RecipientView> recipients(UUID campaignId, CampaignDtos.Stage stage, UUID after, int limit) {
        String stageSql = """
                case when r.status = 'OPTED_OUT' then 'OPTED_OUT' when r.status = 'UNREACHABLE' then 'UNREACHABLE'
                     when w.status in (%s) then 'DONE' when r.booked_at is not null then 'BOOKED'
                     when r.opened_at is not null then 'OPENED' when n.receipt = 'DELIVERED' then 'DELIVERED'
                     when n.status = 'FAILED' or n.receipt = 'UNDELIVERED' then 'FAILED'
                     when n.status = 'SENT' then 'SENT' else 'PENDING' end""".formatted(DONE_STATES);
        List<Object[]> rows = db.createNativeQuery("""
                        select * from (
                            select r.id, r.customer_id, c.name, r.status, %s as stage, r.language, n.sent_at,
                                   case when n.receipt = 'DELIVERED' then n.receipt_at end, r.opened_at, r.booked_at,
                                   r.booked_slot_start, s.number, case when w.status in (%s) then w.work_done_at end, r.opted_out_at
                            from campaign_recipient r
                            join customer c on c.id = r.customer_id
                            left join notification n on n.id = r.notification_id
                            left join service_request s on s.id = r.service_request_id
                            left join work_order w on w.id = s.work_order_id
                            where r.campaign_id = ?1 and (cast(?2 as uuid) is null or r.id > cast(?2 as uuid))
                        ) x where cast(?3 as text) is null or x.stage = cast(?3 as text)
                        order by x.id limit ?4""".formatted(stageSql, DONE_STATES))
                .setParameter(1, campaignId).setParameter(2, after == null ? null : after.toString())
                .setParameter(3, stage == null ? null : stage.name()).setParameter(4, limit).getResultList();
        return rows.stream().map(r -> new CampaignDtos.RecipientView((UUID) r[0], (UUID) r[1], (String) r[2],
                CampaignDtos.RecipientStatus.valueOf((String) r[3]), CampaignDtos.Stage.valueOf((String) r[4]), (String) r[5],
                time(r[6]), time(r[7]), time(r[8]), time(r[9]), time(r[10]), (String) r[11], time(r[12]), time(r[13]))).toList();
    }

    /** Campaign bookings per slot start. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    java.util.Map<java.time.Instant, Long> bookedPerSlot(UUID campaignId) {
        java.util.Map<java.time.Instant, Long> booked = new java.util.HashMap<>();
        for (Object[] r : (List<Object[]>) db.createNativeQuery("""
                        select booked_slot_start, count(*) from campaign_recipient
                        where campaign_id = ?1 and booked_slot_start is not null group by booked_slot_start""")
                .setParameter(1, campaignId).getResultList()) {
            booked.put(time(r[0]).toInstant(), n(r[1]));
        }
        return booked;
    }

    private static Query bind(Query query, List<Object> params) {
        return bindFrom(query, 1, params);
    }

    private static Query bindFrom(Query query, int first, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(first + i, params.get(i));
        }
        return query;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
