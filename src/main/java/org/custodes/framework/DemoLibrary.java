package org.custodes.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A demonstration library of some 470 indicators, generated from a few patterns over the Code's paragraphs 9 to 70.
 * Every guidance text says it is demo data: the real indicators are authored by the oversight body and imported.
 */
final class DemoLibrary {

    record DemoSection(String code, Map<String, String> title, List<Integer> paragraphs) {
    }

    static final List<DemoSection> SECTIONS = List.of(
            section("S1", "Policy commitment and implementation", "Engagement et mise en œuvre de la politique",
                    "Compromiso de política y aplicación", "الالتزام بالسياسات وتنفيذها", range(9, 27), List.of(44)),
            section("S2", "Use of force and weapons", "Recours à la force et armes", "Uso de la fuerza y armas",
                    "استخدام القوة والأسلحة", range(29, 32), range(56, 58), range(60, 62)),
            section("S3", "Detention, apprehension and treatment of persons", "Détention, appréhension et traitement des personnes",
                    "Detención, aprehensión y trato de las personas", "الاحتجاز والقبض ومعاملة الأشخاص", range(33, 37)),
            section("S4", "Personnel conduct and labour rights", "Conduite du personnel et droits du travail",
                    "Conducta del personal y derechos laborales", "سلوك الموظفين وحقوق العمل", List.of(28), range(38, 43)),
            section("S5", "Selection, vetting and contracts", "Sélection, vérification et contrats",
                    "Selección, verificación y contratos", "الاختيار والتدقيق والعقود", range(45, 54)),
            section("S6", "Training", "Formation", "Formación", "التدريب", List.of(55, 59)),
            section("S7", "Incident reporting and grievance mechanism", "Signalement des incidents et mécanisme de réclamation",
                    "Notificación de incidentes y mecanismo de quejas", "الإبلاغ عن الحوادث وآلية التظلم", List.of(63), range(66, 68)),
            section("S8", "Working environment and liabilities", "Environnement de travail et responsabilités",
                    "Entorno de trabajo y responsabilidades", "بيئة العمل والمسؤوليات", List.of(64, 65, 69)),
            section("S9", "Review and improvement", "Examen et amélioration", "Revisión y mejora", "المراجعة والتحسين",
                    List.of(70)));

    private static final Map<String, String> DEMO_NOTE = texts(
            "[Demo] Generated from a pattern to show the questionnaire; not an indicator of the oversight body.",
            "[Démo] Généré à partir d'un modèle pour montrer le questionnaire ; ce n'est pas un indicateur de l'organe de contrôle.",
            "[Demo] Generado a partir de un patrón para mostrar el cuestionario; no es un indicador del órgano de supervisión.",
            "[عرض توضيحي] مُولَّد من نموذج لعرض الاستبيان؛ وليس مؤشراً صادراً عن هيئة الرقابة.");

    private DemoLibrary() {
    }

    /** The library document in the JSON interchange format. */
    static Map<String, Object> document(CodeVersion code) {
        var document = new LinkedHashMap<String, Object>();
        document.put("format", LibraryJson.FORMAT);
        document.put("codeVersion", code.code());
        var sections = new ArrayList<Map<String, Object>>();
        var indicators = new ArrayList<Map<String, Object>>();
        var position = 0;
        for (var section : SECTIONS) {
            sections.add(Map.of("code", section.code(), "position", ++position, "title", section.title()));
            for (var paragraph : section.paragraphs()) {
                var topic = code.paragraph(paragraph).map(CodeParagraph::title).orElse("");
                indicators.addAll(paragraphIndicators(section.code(), paragraph, topic));
            }
            indicators.addAll(sectionIndicators(section.code()));
        }
        document.put("sections", sections);
        document.put("indicators", indicators);
        return document;
    }

    private static List<Map<String, Object>> paragraphIndicators(String section, int p, String topic) {
        var prefix = String.format("IND-%02d-", p);
        var policy = prefix + "1";
        var list = new ArrayList<Map<String, Object>>();
        list.add(indicator(prefix + "1", section, p, "PROCEDURAL", "YES_NO", true, 3, null, texts(
                "Has the company adopted a written policy that addresses Code paragraph " + p + " (" + topic + ")?",
                "L'entreprise a-t-elle adopté une politique écrite qui traite du paragraphe " + p + " du Code (" + topic + ") ?",
                "¿Ha adoptado la empresa una política escrita que aborde el párrafo " + p + " del Código (" + topic + ")?",
                "هل اعتمدت الشركة سياسة مكتوبة تتناول الفقرة " + p + " من المدونة (" + topic + ")؟")));
        list.add(indicator(prefix + "2", section, p, "PERFORMANCE", "YES_PARTLY_NO_NA", true, 2, policy + " = YES", texts(
                "Is the policy on paragraph " + p + " applied in all current operations?",
                "La politique relative au paragraphe " + p + " est-elle appliquée dans toutes les opérations en cours ?",
                "¿Se aplica la política sobre el párrafo " + p + " en todas las operaciones actuales?",
                "هل تُطبَّق السياسة المتعلقة بالفقرة " + p + " في جميع العمليات الجارية؟")));
        var evidence = indicator(prefix + "3", section, p, "PROCEDURAL", "EVIDENCE_FILE", true, 2, policy + " = YES", texts(
                "Attach the current policy or procedure for paragraph " + p + ".",
                "Joignez la politique ou la procédure en vigueur pour le paragraphe " + p + ".",
                "Adjunte la política o el procedimiento vigente para el párrafo " + p + ".",
                "أرفق السياسة أو الإجراء المعمول به للفقرة " + p + "."));
        evidence.put("evidence", texts("The signed and dated document (PDF or DOCX).", "Le document signé et daté (PDF ou DOCX).",
                "El documento firmado y fechado (PDF o DOCX).", "الوثيقة الموقعة والمؤرخة (PDF أو DOCX)."));
        list.add(evidence);
        list.add(indicator(prefix + "4", section, p, "PERFORMANCE", "DATE", false, 0, policy + " = YES", texts(
                "When was this policy last reviewed?", "Quand cette politique a-t-elle été révisée pour la dernière fois ?",
                "¿Cuándo se revisó esta política por última vez?", "متى رُوجعت هذه السياسة آخر مرة؟")));
        list.add(indicator(prefix + "5", section, p, "PERFORMANCE", "PERCENTAGE", true, 2, null, texts(
                "What share of personnel was briefed on paragraph " + p + " during the reporting year (%)?",
                "Quelle part du personnel a été informée du paragraphe " + p + " pendant l'année de référence (%) ?",
                "¿Qué proporción del personal recibió información sobre el párrafo " + p + " durante el año del informe (%)?",
                "ما نسبة الموظفين الذين أُطلعوا على الفقرة " + p + " خلال سنة التقرير (%)؟")));
        var incidents = indicator(prefix + "6", section, p, "OUTCOME", "WHOLE_NUMBER", true, 0, null, texts(
                "How many incidents or concerns relating to paragraph " + p + " were recorded during the reporting year?",
                "Combien d'incidents ou de préoccupations liés au paragraphe " + p + " ont été enregistrés pendant l'année de référence ?",
                "¿Cuántos incidentes o inquietudes relacionados con el párrafo " + p + " se registraron durante el año del informe?",
                "كم عدد الحوادث أو المخاوف المتعلقة بالفقرة " + p + " التي سُجِّلت خلال سنة التقرير؟"));
        incidents.put("min", 0);
        incidents.put("max", 1_000_000);
        list.add(incidents);
        var measures = indicator(prefix + "7", section, p, "PERFORMANCE", "MULTIPLE_CHOICE", false, 1, null, texts(
                "Which measures support paragraph " + p + "?", "Quelles mesures soutiennent le paragraphe " + p + " ?",
                "¿Qué medidas respaldan el párrafo " + p + "?", "ما التدابير التي تدعم الفقرة " + p + "؟"));
        measures.put("choices", List.of(
                choice("PROCEDURE", 25, "Written procedure", "Procédure écrite", "Procedimiento escrito", "إجراء مكتوب"),
                choice("TRAINING", 25, "Training", "Formation", "Formación", "تدريب"),
                choice("SUPERVISION", 25, "Supervision", "Supervision", "Supervisión", "إشراف"),
                choice("AUDIT", 25, "Internal audit", "Audit interne", "Auditoría interna", "تدقيق داخلي")));
        list.add(measures);
        return list;
    }

    private static List<Map<String, Object>> sectionIndicators(String section) {
        var first = SECTIONS.stream().filter(s -> s.code().equals(section)).findFirst().orElseThrow().paragraphs().getFirst();
        var list = new ArrayList<Map<String, Object>>();
        var review = indicator("IND-" + section + "-A", section, first, "PROCEDURAL", "SINGLE_CHOICE", true, 2, null, texts(
                "How often does senior management review the arrangements of this section?",
                "À quelle fréquence la direction examine-t-elle les dispositions de cette section ?",
                "¿Con qué frecuencia revisa la dirección las disposiciones de esta sección?",
                "كم مرة تراجع الإدارة العليا ترتيبات هذا القسم؟"));
        review.put("choices", List.of(
                choice("ANNUAL", 100, "Every year", "Chaque année", "Cada año", "كل سنة"),
                choice("BIENNIAL", 50, "Every two years", "Tous les deux ans", "Cada dos años", "كل سنتين"),
                choice("NEVER", 0, "Not reviewed", "Pas examinées", "No se revisan", "لا تُراجَع")));
        list.add(review);
        list.add(indicator("IND-" + section + "-B", section, first, "PROCEDURAL", "SHORT_TEXT", true, 0, null, texts(
                "Which function is responsible for this section?", "Quelle fonction est responsable de cette section ?",
                "¿Qué función es responsable de esta sección?", "ما الوظيفة المسؤولة عن هذا القسم؟")));
        var sites = indicator("IND-" + section + "-C", section, first, "OUTCOME", "TABLE", false, 0, null, texts(
                "List the countries of operation where this section's arrangements were checked on site.",
                "Indiquez les pays d'opération où les dispositions de cette section ont été vérifiées sur place.",
                "Indique los países de operación donde se verificaron sobre el terreno las disposiciones de esta sección.",
                "اذكر بلدان العمليات التي جرى فيها التحقق ميدانياً من ترتيبات هذا القسم."));
        sites.put("columns", List.of(
                column("country", "SHORT_TEXT", "Country", "Pays", "País", "البلد"),
                column("personnel", "WHOLE_NUMBER", "Personnel", "Personnel", "Personal", "الموظفون"),
                column("checked_on", "DATE", "Checked on", "Vérifié le", "Verificado el", "تاريخ التحقق"),
                column("compliant", "YES_NO", "Compliant", "Conforme", "Conforme", "مطابق")));
        list.add(sites);
        list.add(indicator("IND-" + section + "-D", section, first, "PERFORMANCE", "LONG_TEXT", false, 0, null, texts(
                "Describe the improvements planned for the coming year.",
                "Décrivez les améliorations prévues pour l'année à venir.",
                "Describa las mejoras previstas para el próximo año.",
                "صِف التحسينات المخطط لها للعام المقبل.")));
        return list;
    }

    private static Map<String, Object> indicator(String code, String section, int paragraph, String type,
            String answerType, boolean required, int weight, String condition, Map<String, String> question) {
        var map = new LinkedHashMap<String, Object>();
        map.put("code", code);
        map.put("section", section);
        map.put("paragraphs", List.of(paragraph));
        map.put("type", type);
        map.put("answerType", answerType);
        map.put("required", required);
        if (condition != null) {
            map.put("condition", condition);
        }
        map.put("weight", weight);
        map.put("question", question);
        map.put("guidance", DEMO_NOTE);
        return map;
    }

    private static Map<String, Object> choice(String code, int score, String en, String fr, String es, String ar) {
        return Map.of("code", code, "score", score, "label", texts(en, fr, es, ar));
    }

    private static Map<String, Object> column(String code, String type, String en, String fr, String es, String ar) {
        return Map.of("code", code, "type", type, "label", texts(en, fr, es, ar));
    }

    private static Map<String, String> texts(String en, String fr, String es, String ar) {
        var map = new LinkedHashMap<String, String>();
        map.put("en", en);
        map.put("fr", fr);
        map.put("es", es);
        map.put("ar", ar);
        return map;
    }

    @SafeVarargs
    private static DemoSection section(String code, String en, String fr, String es, String ar, List<Integer>... paragraphs) {
        return new DemoSection(code, texts(en, fr, es, ar), java.util.Arrays.stream(paragraphs).flatMap(List::stream).toList());
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }
}
