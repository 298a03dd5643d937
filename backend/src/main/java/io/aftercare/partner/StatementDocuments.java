package io.aftercare.partner;

import io.aftercare.api.Pdf;
import io.aftercare.api.Xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A settlement statement as XLSX (for finance) and as PDF (to hand to the partner), with Chinese labels. */
final class StatementDocuments {

    private StatementDocuments() {
    }

    static byte[] xlsx(PartnerDtos.StatementView s) {
        List<String> titles = List.of("结算单 Statement " + s.number() + " — " + s.partnerName(),
                "结算期间 Period: " + s.periodFrom() + " – " + s.periodTo() + "    状态 Status: " + s.status());
        List<String> header = List.of("工单号 Work order", "数量 Units", "单价 Fee per unit", "金额 Amount", "约定完成日 Due",
                "完成日 Done", "延误天数 Days late", "有效投诉 Complaints", "损坏赔偿 Damage");
        List<List<Object>> rows = new ArrayList<>();
        for (PartnerDtos.StatementLine l : s.lines()) {
            rows.add(List.of(l.workOrderNumber(), l.units(), new BigDecimal(l.feePerUnit()), new BigDecimal(l.amount()), l.dueDate(),
                    l.workDoneOn(), l.daysLate(), l.complaints(), new BigDecimal(l.damageAmount())));
        }
        rows.add(List.of("安装费合计 Gross", s.units(), "", new BigDecimal(s.gross())));
        rows.add(List.of("延误扣款 Delay deduction", s.delayDays(), "", new BigDecimal(s.delayDeduction())));
        rows.add(List.of("投诉扣款 Complaint deduction", s.complaints(), "", new BigDecimal(s.complaintDeduction())));
        rows.add(List.of("损坏赔偿 Damage", "", "", new BigDecimal(s.damageDeduction())));
        rows.add(List.of("应付金额 Net", "", "", new BigDecimal(s.net())));
        return Xlsx.sheet("结算单", titles, header, rows, true);
    }

    static byte[] pdf(PartnerDtos.StatementView s) {
        List<String> text = new ArrayList<>();
        text.add("外包安装结算单  " + s.number());
        text.add("乙方 Partner: " + s.partnerName());
        text.add("结算期间 Period: " + s.periodFrom() + " – " + s.periodTo() + "    状态 Status: " + s.status());
        text.add("");
        text.add("工单号  数量  单价  金额  约定完成日  完成日  延误天数  投诉  损坏赔偿");
        for (PartnerDtos.StatementLine l : s.lines()) {
            text.add(String.join("  ", l.workOrderNumber(), String.valueOf(l.units()), l.feePerUnit(), l.amount(),
                    l.dueDate().toString(), l.workDoneOn().toString(), String.valueOf(l.daysLate()), String.valueOf(l.complaints()),
                    l.damageAmount()));
        }
        text.add("");
        text.add("安装费合计 Gross: " + s.gross() + "  (" + s.units() + " 台)");
        text.add("延误扣款 Delay deduction: " + s.delayDeduction() + "  (" + s.delayDays() + " 天)");
        text.add("投诉扣款 Complaint deduction: " + s.complaintDeduction() + "  (" + s.complaints() + " 条)");
        text.add("损坏赔偿 Damage: " + s.damageDeduction());
        text.add("应付金额 Net: " + s.net());
        text.add("");
        text.add("付款条件: 甲方用户签字的验收单据及甲方实施管理部经理签字确认。");
        return Pdf.text(text);
    }
}
