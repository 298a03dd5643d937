package io.aftercare.notification;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * The messages Aftercare sends, in Chinese and English (the tenant's locale picks one). Arguments are numbered
 * as in {@link MessageFormat}; times arrive already formatted in the tenant's time zone.
 */
public enum Template {
    /** {0} one-time code, {1} minutes it is valid. */
    SIGN_UP_CODE(List.of("code", "minutes"), "验证码", "您的验证码是 {0}，{1} 分钟内有效，仅用于开通客户账号。如非本人操作请忽略。",
            "Your code", "Your code is {0}, valid for {1} minutes, to open your customer account. Ignore this if it was not you."),
    /** {0} tenant name, {1} one-time code, {2} sign-up link, {3} days it is valid. */
    CUSTOMER_INVITATION(List.of("company", "code", "link", "days"), "开通客户账号", "{0}邀请您开通客户账号，查看产品、工单和服务报告：{2}，验证码 {1}（{3} 天内有效）。",
            "Your customer account", "{0} invites you to open a customer account for your products, orders and service reports: {2} "
            + "with code {1} (valid for {3} days)."),
    /** {0} order number, {1} link to the customer's own page. */
    SERVICE_REPORT_READY(List.of("orderNumber", "link"), "服务报告书", "工单 {0} 的用户服务报告书已生成，登录客户账号即可查看和下载：{1}",
            "Service report", "The service report of work order {0} is ready to read and download in your customer account: {1}"),
    /** {0} request number, {1} tracking link. */
    BOOKING_RECEIVED(List.of("requestNumber", "link"), "预约已受理", "您的预约（{0}）已受理，我们会尽快安排上门。查看进度：{1}",
            "Booking received", "We received your booking {0} and will schedule a visit soon. Track it: {1}"),
    /** {0} order number, {1} appointment window. */
    APPOINTMENT_SET(List.of("orderNumber", "window"), "上门时间已确定", "工单 {0} 的上门时间：{1}。如需改约请使用预约链接或致电我们。",
            "Appointment set", "Work order {0}: our installer will visit {1}. To change it, use your booking link or call us."),
    /** {0} order number, {1} new appointment window. */
    APPOINTMENT_CHANGED(List.of("orderNumber", "window"), "上门时间已变更", "工单 {0} 的上门时间已改为：{1}。",
            "Appointment changed", "Work order {0} now visits {1}."),
    /** {0} order number, {1} expected arrival (HH:mm). */
    ON_THE_WAY(List.of("orderNumber", "arrivalTime"), "师傅已出发", "工单 {0}：安装师傅已出发，预计 {1} 左右到达。",
            "On the way", "Work order {0}: our installer is on the way and should arrive around {1}."),
    /** {0} order number. */
    ON_THE_WAY_NO_ETA(List.of("orderNumber"), "师傅已出发", "工单 {0}：安装师傅已出发，正在前往您处。",
            "On the way", "Work order {0}: our installer is on the way to you."),
    /** {0} order number, {1} reason. */
    ORDER_CANCELLED(List.of("orderNumber", "reason"), "服务已取消", "工单 {0} 已取消：{1}。", "Service cancelled", "Work order {0} was cancelled: {1}."),
    /** {0} order number, {1} appointment window, {2} customer name. */
    ASSIGNED(List.of("orderNumber", "window", "customerName"), "新派工", "新工单 {0}：{2}，{1}。请先联系客户确认地址。",
            "New assignment", "New work order {0}: {2}, {1}. Contact the customer first to confirm the address."),
    /** {0} order number. */
    UNASSIGNED(List.of("orderNumber"), "派工撤回", "工单 {0} 已改派他人或取消，无需上门。", "Assignment withdrawn", "Work order {0} was reassigned or cancelled; no visit needed."),
    /** {0} what (e.g. work order WO-000001), {1} promise, {2} due time. */
    PROMISE_BREACHED(List.of("subject", "promise", "dueTime"), "服务承诺超时", "{0} 的服务承诺（{1}）已于 {2} 到期未完成，已升级至经理。",
            "Service promise breached", "{0}: the promise ({1}) was due {2} and is not met; escalated to the manager."),
    /** {0} objection number, {1} customer name, {2} due time. */
    OBJECTION_ESCALATED(List.of("objectionNumber", "customerName", "dueTime"), "异议处理超时", "异议 {0}（客户 {1}）未在 {2} 前给出服务承诺，请立即处理。",
            "Objection escalated", "Objection {0} (customer {1}) got no service commitment by {2}; please act now."),
    /** {0} warning number, {1} product, {2} fault category, {3} occurrences, {4} period. */
    EARLY_WARNING(List.of("warningNumber", "product", "faultCategory", "occurrences", "period"), "质量预警", "预警 {0}：产品 {1} 的故障「{2}」在 {4} 出现 {3} 次，请分析原因并采取措施。",
            "Early warning", "Warning {0}: product {1} had the fault \"{2}\" {3} times in {4}. Please find the cause and act."),
    /** {0} period, e.g. 2026-11-23 – 2026-11-29. */
    WEEKLY_REPORT_READY(List.of("period"), "周报已生成", "{0} 的周报已生成，请登录查看或下载。",
            "Weekly report ready", "The weekly report for {0} is ready to view or download."),
    /** {0} period, e.g. 2026-11-01 – 2026-11-30. */
    MONTHLY_ANALYSIS_READY(List.of("period"), "月度分析已生成", "{0} 的月度分析已生成，请登录查看或下载。",
            "Monthly analysis ready", "The monthly analysis for {0} is ready to view or download."),
    /** {0} application number, {1} when the supply plan is due. */
    CONNECTION_RECEIVED(List.of("applicationNumber", "dueTime"), "用电申请已受理", "您的用电申请 {0} 已受理，我们将在 {1} 前书面答复供电方案。",
            "Connection application received", "We received your connection application {0} and will notify the supply plan in writing by {1}."),
    /** {0} application number, {1} why the plan is late. */
    CONNECTION_PLAN_DELAYED(List.of("applicationNumber", "explanation"), "供电方案延期说明", "用电申请 {0} 的供电方案未能如期确定，原因：{1}",
            "Supply plan delayed", "The supply plan of application {0} cannot be decided in time: {1}"),
    /** {0} application number, {1} the plan, {2} last day valid, {3} last day to object. */
    CONNECTION_PLAN_NOTIFIED(List.of("applicationNumber", "plan", "validUntil", "objectionUntil"), "供电方案通知书",
            "用电申请 {0} 的供电方案：{1}。方案有效期至 {2}；如有不同意见，请于 {3} 前提出。",
            "Supply plan notice", "Supply plan of application {0}: {1}. Valid until {2}; if you disagree, tell us by {3}."),
    /** {0} application number, {1} last day valid, {2} last day to ask for an extension. */
    CONNECTION_PLAN_EXPIRING(List.of("applicationNumber", "validUntil", "extensionAskUntil"), "供电方案即将到期",
            "用电申请 {0} 的供电方案将于 {1} 到期，逾期注销。如需延期，请于 {2} 前申请。",
            "Supply plan expiring", "The supply plan of application {0} expires on {1} and is then cancelled. To extend it, ask by {2}."),
    /** {0} application number, {1} the day it expired. */
    CONNECTION_PLAN_EXPIRED(List.of("applicationNumber", "validUntil"), "供电方案已注销", "用电申请 {0} 的供电方案已于 {1} 到期，申请已注销。",
            "Supply plan cancelled", "The supply plan of application {0} expired on {1}; the application is cancelled."),
    /** {0} application number, {1} the review opinion. */
    CONNECTION_DESIGN_APPROVED(List.of("applicationNumber", "opinion"), "设计审核通过", "用电申请 {0} 的受电工程设计已审核通过：{1}。审核意见和一份图纸已退还，可据以施工。",
            "Design approved", "The design of application {0} is approved: {1}. The opinion and one reviewed copy are returned; work may start."),
    /** {0} application number, {1} the review opinion. */
    CONNECTION_DESIGN_CHANGES(List.of("applicationNumber", "opinion"), "设计需修改", "用电申请 {0} 的受电工程设计需修改：{1}。修改后请重新送审。",
            "Design changes required", "The design of application {0} needs changes: {1}. Please submit the changed design for review."),
    /** {0} application number, {1} the findings. */
    CONNECTION_INSPECTION_FAILED(List.of("applicationNumber", "findings"), "竣工检验未通过", "用电申请 {0} 的竣工检验未通过：{1}。整改后将再次检验。",
            "Completion inspection failed", "The completion inspection of application {0} failed: {1}. It will be inspected again after the fixes."),
    /** {0} application number, {1} meter number. */
    CONNECTION_CONNECTED(List.of("applicationNumber", "meterNumber"), "已装表接电", "用电申请 {0} 已装表接电，电能表号 {1}。感谢您的配合。",
            "Connected", "Application {0} is connected; meter number {1}. Thank you.");

    private final List<String> arguments;
    private final String zhSubject;
    private final String zhBody;
    private final String enSubject;
    private final String enBody;

    Template(List<String> arguments, String zhSubject, String zhBody, String enSubject, String enBody) {
        this.arguments = arguments;
        this.zhSubject = zhSubject;
        this.zhBody = zhBody;
        this.enSubject = enSubject;
        this.enBody = enBody;
    }

    /** What {0}, {1}, ... stand for, by name (e.g. orderNumber). */
    public List<String> arguments() {
        return arguments;
    }

    /** The built-in text before a tenant changes it. */
    String defaultSubject(Locale locale) {
        return subject(locale);
    }

    String defaultBody(Locale locale) {
        return chinese(locale) ? zhBody : enBody;
    }

    String subject(Locale locale) {
        return chinese(locale) ? zhSubject : enSubject;
    }

    String body(Locale locale, Object... args) {
        return new MessageFormat(chinese(locale) ? zhBody : enBody, locale).format(args);
    }

    private static boolean chinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
