package org.custodes.fieldvoice.survey;

import static org.custodes.shared.Language.AR;
import static org.custodes.shared.Language.EN;
import static org.custodes.shared.Language.ES;
import static org.custodes.shared.Language.FR;

import java.util.List;
import java.util.Map;

import org.custodes.fieldvoice.survey.SurveyQuestion.Option;
import org.custodes.shared.Language;

/** The worker-voice survey the demo loads: twelve questions in the four shipped languages, in plain words. */
final class DemoSurveys {

    private DemoSurveys() {
    }

    static SurveyDefinition workerVoice() {
        return new SurveyDefinition("Worker voice 2026", List.of(
                scale("safe", "How safe do you feel at work? 1 is very unsafe, 5 is very safe.",
                        "À quel point vous sentez-vous en sécurité au travail ? 1 : pas du tout, 5 : tout à fait.",
                        "¿Qué tan seguro se siente en el trabajo? 1 es nada seguro, 5 es muy seguro.",
                        "ما مدى شعورك بالأمان في العمل؟ 1 غير آمن أبدًا، 5 آمن جدًا."),
                yesNo("paid-on-time", "Were you paid on time every month this year?",
                        "Avez-vous été payé à temps chaque mois cette année ?",
                        "¿Le pagaron a tiempo todos los meses este año?",
                        "هل تقاضيت أجرك في موعده كل شهر هذا العام؟"),
                choice("hours", texts("How many hours do you usually work in a week?",
                        "Combien d'heures travaillez-vous d'habitude par semaine ?",
                        "¿Cuántas horas trabaja normalmente por semana?",
                        "كم ساعة تعمل عادة في الأسبوع؟"),
                        new Option("up-to-48", texts("48 or fewer", "48 ou moins", "48 o menos", "48 أو أقل")),
                        new Option("49-60", texts("49 to 60", "de 49 à 60", "de 49 a 60", "من 49 إلى 60")),
                        new Option("over-60", texts("more than 60", "plus de 60", "más de 60", "أكثر من 60"))),
                yesNo("rest-day", "Do you get at least one day of rest each week?",
                        "Avez-vous au moins un jour de repos par semaine ?",
                        "¿Tiene al menos un día de descanso cada semana?",
                        "هل تحصل على يوم راحة واحد على الأقل كل أسبوع؟"),
                yesNo("harassment", "Has anyone at work insulted, threatened or harassed you this year?",
                        "Quelqu'un au travail vous a-t-il insulté, menacé ou harcelé cette année ?",
                        "¿Alguien en el trabajo lo ha insultado, amenazado o acosado este año?",
                        "هل أهانك أو هددك أو تحرش بك أحد في العمل هذا العام؟"),
                yesNo("discrimination", "Have you been treated worse because of who you are (origin, sex, religion)?",
                        "Avez-vous été moins bien traité à cause de qui vous êtes (origine, sexe, religion) ?",
                        "¿Lo han tratado peor por quién es (origen, sexo, religión)?",
                        "هل عوملت معاملة أسوأ بسبب هويتك (الأصل، الجنس، الدين)؟"),
                yesNo("training", "Were you trained on the use of force and on human rights?",
                        "Avez-vous reçu une formation sur l'usage de la force et les droits humains ?",
                        "¿Recibió formación sobre el uso de la fuerza y los derechos humanos?",
                        "هل تلقيت تدريبًا على استخدام القوة وحقوق الإنسان؟"),
                choice("equipment", texts("Do you have the equipment you need to work safely?",
                        "Avez-vous l'équipement nécessaire pour travailler en sécurité ?",
                        "¿Tiene el equipo que necesita para trabajar con seguridad?",
                        "هل لديك المعدات التي تحتاجها للعمل بأمان؟"),
                        new Option("all", texts("all of it", "tout", "todo", "كلها")),
                        new Option("some", texts("some of it", "une partie", "una parte", "بعضها")),
                        new Option("none", texts("none", "rien", "nada", "لا شيء"))),
                yesNo("grievance-known", "Do you know how to make a complaint at your company?",
                        "Savez-vous comment déposer une plainte dans votre entreprise ?",
                        "¿Sabe cómo presentar una queja en su empresa?",
                        "هل تعرف كيف تقدم شكوى في شركتك؟"),
                scale("grievance-trusted", "Would a complaint be taken seriously? 1 is not at all, 5 is fully.",
                        "Une plainte serait-elle prise au sérieux ? 1 : pas du tout, 5 : tout à fait.",
                        "¿Se tomaría en serio una queja? 1 es nada, 5 es totalmente.",
                        "هل ستؤخذ الشكوى بجدية؟ 1 أبدًا، 5 تمامًا."),
                yesNo("retaliation", "Would you fear losing your job if you complained?",
                        "Auriez-vous peur de perdre votre emploi si vous vous plaigniez ?",
                        "¿Tendría miedo de perder su trabajo si se quejara?",
                        "هل تخشى أن تفقد عملك إذا اشتكيت؟"),
                new SurveyQuestion("say", QuestionKind.FREE_TEXT, texts("Is there anything else you want to tell us?",
                        "Voulez-vous nous dire autre chose ?", "¿Quiere decirnos algo más?",
                        "هل هناك شيء آخر تريد أن تخبرنا به؟"), List.of())));
    }

    private static SurveyQuestion scale(String code, String en, String fr, String es, String ar) {
        return SurveyQuestion.scale(code, texts(en, fr, es, ar), 5);
    }

    private static SurveyQuestion yesNo(String code, String en, String fr, String es, String ar) {
        return new SurveyQuestion(code, QuestionKind.YES_NO, texts(en, fr, es, ar), List.of(
                new Option("yes", texts("Yes", "Oui", "Sí", "نعم")), new Option("no", texts("No", "Non", "No", "لا"))));
    }

    private static SurveyQuestion choice(String code, Map<Language, String> text, Option... options) {
        return new SurveyQuestion(code, QuestionKind.SINGLE_CHOICE, text, List.of(options));
    }

    private static Map<Language, String> texts(String en, String fr, String es, String ar) {
        return Map.of(EN, en, FR, fr, ES, es, AR, ar);
    }
}
