package org.vietlao.linkage.energy;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.PdfFonts;
import org.vietlao.linkage.shared.Spreadsheet;

/**
 * The infrastructure section of the yearly border-trade conference report (decision 0078): for a year, the
 * projects the reader may see by status (count, average progress, budgets by currency) and by kind and country;
 * the milestones planned in the year by state; every milestone late at the report date; and each project with its
 * own source. Figures are as of 31 December of the year, or today for the year under way. Shown as a page and
 * written as XLSX and PDF (Noto Sans and Noto Sans Lao), in the reader's language, every figure with its source.
 */
@Component
class InfrastructureReport {

    static final int FIRST_YEAR = 2000;

    private final InfrastructureProjects projects;
    private final EnergyReference reference;
    private final MessageSource messages;

    InfrastructureReport(InfrastructureProjects projects, EnergyReference reference, MessageSource messages) {
        this.projects = projects;
        this.reference = reference;
        this.messages = messages;
    }

    record StatusRow(
            InfrastructureProjects.Status status,
            int projects,
            BigDecimal averageProgressPct,
            Map<String, BigDecimal> budgets) {}

    record KindRow(InfrastructureProjects.Kind kind, int vietNam, int laos) {}

    record LateMilestone(
            InfrastructureProjects.Project project,
            String where,
            InfrastructureProjects.Milestone milestone,
            long daysLate) {}

    /** What the section holds for a year, as the reader may see it. */
    record Content(
            int year,
            LocalDate asOf,
            List<StatusRow> byStatus,
            List<KindRow> byKind,
            Map<InfrastructureProjects.MilestoneState, Integer> milestonesOfYear,
            List<LateMilestone> late,
            List<InfrastructureProjects.Project> projects,
            Map<Long, String> where,
            boolean demo) {

        int total() {
            return projects.size();
        }
    }

    /** The year asked for, or this year; ENR-019 on {@code year} outside 2000 to next year. */
    int year(String value) {
        int thisYear = projects.today().getYear();
        if (value == null || value.isBlank()) {
            return thisYear;
        }
        try {
            int year = Integer.parseInt(value.strip());
            if (year >= FIRST_YEAR && year <= thisYear + 1) {
                return year;
            }
        } catch (NumberFormatException ex) {
            // refused below
        }
        throw BusinessException.onField(ErrorCode.ENR_019, "year", FIRST_YEAR, thisYear + 1);
    }

    Content content(int year, Actor actor, Locale locale) {
        LocalDate today = projects.today();
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate asOf = end.isBefore(today) ? end : today;
        List<InfrastructureProjects.Project> all =
                projects.list(new InfrastructureProjects.Filter(null, null, null, null), actor);
        Map<Long, String> where = new LinkedHashMap<>();
        all.forEach(p -> where.put(
                p.id(),
                p.plan().gatePairId() != null
                        ? reference.gateName(p.plan().gatePairId(), locale)
                        : p.plan().corridor()));

        List<StatusRow> byStatus = new ArrayList<>();
        for (InfrastructureProjects.Status status : InfrastructureProjects.Status.values()) {
            List<InfrastructureProjects.Project> of =
                    all.stream().filter(p -> p.plan().status() == status).toList();
            Map<String, BigDecimal> budgets = new TreeMap<>();
            BigDecimal progress = BigDecimal.ZERO;
            for (InfrastructureProjects.Project p : of) {
                progress = progress.add(p.plan().progressPct());
                if (p.plan().budget() != null) {
                    budgets.merge(p.plan().currency(), p.plan().budget(), BigDecimal::add);
                }
            }
            byStatus.add(new StatusRow(
                    status,
                    of.size(),
                    of.isEmpty() ? null : progress.divide(BigDecimal.valueOf(of.size()), 1, RoundingMode.HALF_UP),
                    budgets));
        }
        List<KindRow> byKind = new ArrayList<>();
        for (InfrastructureProjects.Kind kind : InfrastructureProjects.Kind.values()) {
            int vn = (int) all.stream()
                    .filter(p -> p.plan().kind() == kind && "VN".equals(p.plan().country()))
                    .count();
            int la = (int) all.stream()
                    .filter(p -> p.plan().kind() == kind && "LA".equals(p.plan().country()))
                    .count();
            byKind.add(new KindRow(kind, vn, la));
        }
        Map<InfrastructureProjects.MilestoneState, Integer> ofYear = new LinkedHashMap<>();
        for (InfrastructureProjects.MilestoneState s : InfrastructureProjects.MilestoneState.values()) {
            ofYear.put(s, 0);
        }
        List<LateMilestone> late = new ArrayList<>();
        for (InfrastructureProjects.Project p : all) {
            for (InfrastructureProjects.Milestone m : p.milestones()) {
                LocalDate actual = m.actualOn() != null && !m.actualOn().isAfter(asOf) ? m.actualOn() : null;
                InfrastructureProjects.MilestoneState state = InfrastructureProjects.state(m.plannedOn(), actual, asOf);
                if (m.plannedOn().getYear() == year) {
                    ofYear.merge(state, 1, Integer::sum);
                }
                if (state == InfrastructureProjects.MilestoneState.LATE) {
                    late.add(new LateMilestone(
                            p,
                            where.get(p.id()),
                            new InfrastructureProjects.Milestone(m.id(), m.name(), m.plannedOn(), actual, state),
                            ChronoUnit.DAYS.between(m.plannedOn(), asOf)));
                }
            }
        }
        late.sort((a, b) -> Long.compare(b.daysLate(), a.daysLate()));
        return new Content(
                year,
                asOf,
                byStatus,
                byKind,
                ofYear,
                late,
                all,
                where,
                all.stream().anyMatch(InfrastructureProjects.Project::demo));
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** The section as rows of section, item, figure and source: what the XLSX and the PDF write. */
    List<List<Object>> lines(Content c, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        String register =
                t("energy.report.source.register", locale, c.total(), c.asOf().toString());
        String sStatus = t("energy.report.byStatus", locale);
        for (StatusRow r : c.byStatus()) {
            String status = t("energy.infra.status." + r.status(), locale);
            rows.add(List.of(sStatus, status + " · " + t("energy.report.projects", locale), r.projects(), register));
            if (r.averageProgressPct() != null) {
                rows.add(List.of(
                        sStatus,
                        status + " · " + t("energy.report.averageProgress", locale),
                        r.averageProgressPct(),
                        register));
            }
            r.budgets()
                    .forEach((currency, amount) -> rows.add(List.of(
                            sStatus, status + " · " + t("energy.report.budget", locale, currency), amount, register)));
        }
        String sKind = t("energy.report.byKind", locale);
        for (KindRow r : c.byKind()) {
            String kind = t("energy.infra.kind." + r.kind(), locale);
            rows.add(List.of(sKind, kind + " · " + t("energy.country.VN", locale), r.vietNam(), register));
            rows.add(List.of(sKind, kind + " · " + t("energy.country.LA", locale), r.laos(), register));
        }
        String sYear = t("energy.report.milestonesOfYear", locale, String.valueOf(c.year()));
        c.milestonesOfYear()
                .forEach(
                        (state, n) -> rows.add(List.of(sYear, t("energy.report.state." + state, locale), n, register)));
        String sLate = t("energy.report.late", locale, c.asOf().toString());
        for (LateMilestone l : c.late()) {
            rows.add(List.of(
                    sLate,
                    l.project().plan().name().in(locale).text() + " · "
                            + l.milestone().name() + " (" + l.milestone().plannedOn() + ")",
                    l.daysLate(),
                    t("energy.report.source.project", locale, l.project().plan().source())));
        }
        String sProjects = t("energy.report.projectList", locale);
        for (InfrastructureProjects.Project p : c.projects()) {
            rows.add(List.of(
                    sProjects,
                    p.plan().name().in(locale).text() + " · "
                            + t("energy.infra.kind." + p.plan().kind(), locale) + " · "
                            + c.where().get(p.id()) + " · "
                            + t("energy.infra.status." + p.plan().status(), locale)
                            + (p.demo() ? " · " + t("energy.demo", locale) : ""),
                    p.plan().progressPct(),
                    t("energy.report.source.project", locale, p.plan().source())));
        }
        return rows;
    }

    List<String> headers(Locale locale) {
        return List.of(
                t("energy.report.col.section", locale),
                t("energy.report.col.item", locale),
                t("energy.report.col.figure", locale),
                t("energy.report.col.source", locale));
    }

    Spreadsheet sheet(Content c, Locale locale) {
        return new Spreadsheet(t("energy.report.sheet", locale, c.year()), headers(locale), lines(c, locale));
    }

    byte[] pdf(Content c, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            FontSelector title = PdfFonts.get().bold(14);
            FontSelector body = PdfFonts.get().regular(8);
            FontSelector head = PdfFonts.get().bold(8);
            document.add(new Paragraph(title.process(t("energy.report.title", locale, String.valueOf(c.year())))));
            document.add(new Paragraph(
                    body.process(t("energy.report.asOf", locale, c.asOf().toString()))));
            if (c.demo()) {
                document.add(new Paragraph(body.process(t("energy.report.demo", locale))));
            }
            PdfPTable table = new PdfPTable(new float[] {2.2f, 4.5f, 1.2f, 4.5f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            table.setHeaderRows(1);
            for (String h : headers(locale)) {
                table.addCell(new PdfPCell(head.process(h)));
            }
            for (List<Object> row : lines(c, locale)) {
                for (Object cell : row) {
                    String text = cell instanceof BigDecimal b ? b.toPlainString() : String.valueOf(cell);
                    table.addCell(new PdfPCell(body.process(text)));
                }
            }
            document.add(table);
            document.close();
        } catch (DocumentException ex) {
            throw new IllegalStateException(ex);
        }
        return out.toByteArray();
    }
}
