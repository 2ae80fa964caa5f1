package org.custodes.training.course;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.custodes.shared.Language;
import org.custodes.training.quiz.QuestionKind;

/**
 * The demo's two courses, written for Custodes from public knowledge of the Code (no text copied): prevention of
 * sexual exploitation and abuse in four modules, and the use of force, each in English, French, Spanish and Arabic.
 */
public final class DemoCourses {

    private DemoCourses() {
    }

    static Map<Language, String> t(String en, String fr, String es, String ar) {
        var map = new EnumMap<Language, String>(Language.class);
        map.put(Language.EN, en);
        map.put(Language.FR, fr);
        map.put(Language.ES, es);
        map.put(Language.AR, ar);
        return map;
    }

    private static CreateCourse.Option right(Map<Language, String> label, Map<Language, String> feedback) {
        return new CreateCourse.Option(label, feedback, true);
    }

    private static CreateCourse.Option wrong(Map<Language, String> label, Map<Language, String> feedback) {
        return new CreateCourse.Option(label, feedback, false);
    }

    private static CreateCourse.Question trueFalse(Map<Language, String> prompt, boolean answer,
            Map<Language, String> feedback) {
        var yes = t("True", "Vrai", "Verdadero", "صحيح");
        var no = t("False", "Faux", "Falso", "خطأ");
        return new CreateCourse.Question(QuestionKind.TRUE_FALSE, prompt,
                List.of(new CreateCourse.Option(yes, feedback, answer), new CreateCourse.Option(no, feedback, !answer)));
    }

    public static CreateCourse psea() {
        return new CreateCourse("PSEA", Language.EN,
                t("Preventing sexual exploitation and abuse", "Prévenir l’exploitation et les abus sexuels",
                        "Prevenir la explotación y el abuso sexuales", "منع الاستغلال والاعتداء الجنسيين"),
                t("Four short modules: what it is, the rules, how to report, how to help.",
                        "Quatre modules courts : ce que c’est, les règles, comment signaler, comment aider.",
                        "Cuatro módulos breves: qué es, las reglas, cómo denunciar, cómo ayudar.",
                        "أربع وحدات قصيرة: ما هو، والقواعد، وكيف تبلّغ، وكيف تساعد."),
                80, 3, 24, List.of(
                        new CreateCourse.Module(t("1. What it is", "1. De quoi s’agit-il", "1. Qué es", "1. ما هو"), 0,
                                List.of(new CreateCourse.Lesson(
                                        t("Power and abuse", "Pouvoir et abus", "Poder y abuso", "السلطة والإساءة"),
                                        t("""
                                                ## Why this matters
                                                A guard carries authority: a uniform, a gate, sometimes a weapon. People who depend on that gate can feel unable to say no.

                                                ## Two words
                                                Sexual exploitation is using that position of power or trust to get something sexual. Sexual abuse is a sexual act forced on someone, by violence or by pressure.
                                                """, """
                                                ## Pourquoi c’est important
                                                Un garde a de l’autorité : un uniforme, une barrière, parfois une arme. Ceux qui dépendent de cette barrière peuvent se sentir incapables de dire non.

                                                ## Deux mots
                                                L’exploitation sexuelle, c’est se servir de cette position de pouvoir ou de confiance pour obtenir quelque chose de sexuel. L’abus sexuel est un acte sexuel imposé, par la violence ou par la pression.
                                                """, """
                                                ## Por qué importa
                                                Un guardia tiene autoridad: un uniforme, una puerta, a veces un arma. Quien depende de esa puerta puede sentir que no puede decir que no.

                                                ## Dos palabras
                                                La explotación sexual es aprovechar esa posición de poder o de confianza para obtener algo sexual. El abuso sexual es un acto sexual impuesto, con violencia o con presión.
                                                """, """
                                                ## لماذا يهم هذا
                                                يحمل الحارس سلطة: زيًّا رسميًّا وبوابة وأحيانًا سلاحًا. ومن يعتمد على تلك البوابة قد يشعر بأنه لا يستطيع الرفض.

                                                ## كلمتان
                                                الاستغلال الجنسي هو استخدام موقع السلطة أو الثقة هذا للحصول على شيء جنسي. والاعتداء الجنسي فعل جنسي يُفرض على شخص بالعنف أو بالضغط.
                                                """))),
                                List.of(new CreateCourse.Question(QuestionKind.SINGLE,
                                        t("A woman needs a pass to enter the camp. A guard offers it if she meets him after his shift. What is this?",
                                                "Une femme a besoin d’un laissez-passer pour entrer dans le camp. Un garde le lui propose si elle le retrouve après son service. De quoi s’agit-il ?",
                                                "Una mujer necesita un pase para entrar al campamento. Un guardia se lo ofrece si ella lo ve después de su turno. ¿Qué es esto?",
                                                "تحتاج امرأة إلى تصريح لدخول المخيم. يعرضه عليها حارس إن قابلته بعد نوبته. ما هذا؟"),
                                        List.of(right(t("Sexual exploitation", "De l’exploitation sexuelle", "Explotación sexual", "استغلال جنسي"),
                                                        t("Right: he uses his power over the pass.", "Juste : il se sert de son pouvoir sur le laissez-passer.",
                                                                "Correcto: usa su poder sobre el pase.", "صحيح: إنه يستغل سلطته على التصريح.")),
                                                wrong(t("A private matter", "Une affaire privée", "Un asunto privado", "مسألة خاصة"),
                                                        t("No: the pass is his duty, not his to trade.", "Non : le laissez-passer relève de son devoir, il n’a pas à l’échanger.",
                                                                "No: el pase es su deber, no algo que pueda cambiar.", "لا: التصريح واجبه، وليس له أن يقايض به.")))))),
                        new CreateCourse.Module(t("2. The rules", "2. Les règles", "2. Las reglas", "2. القواعد"), 0,
                                List.of(new CreateCourse.Lesson(t("What the Code forbids", "Ce que le Code interdit", "Lo que prohíbe el Código", "ما تحظره المدونة"),
                                        t("""
                                                ## Never
                                                The Code of Conduct forbids sexual exploitation and abuse, and gender-based violence, by company personnel, on and off duty.

                                                ## No exceptions
                                                No sexual activity with anyone under 18, whatever the local law says or the person says about their age. No money, work, food or help given in exchange for sex.
                                                """, """
                                                ## Jamais
                                                Le Code de conduite interdit l’exploitation et les abus sexuels, et les violences fondées sur le genre, au personnel des entreprises, en service comme en dehors.

                                                ## Aucune exception
                                                Aucune activité sexuelle avec une personne de moins de 18 ans, quoi que dise la loi locale ou la personne sur son âge. Ni argent, ni travail, ni nourriture, ni aide en échange de relations sexuelles.
                                                """, """
                                                ## Nunca
                                                El Código de Conducta prohíbe la explotación y el abuso sexuales, y la violencia de género, al personal de las empresas, de servicio y fuera de servicio.

                                                ## Sin excepciones
                                                Ninguna actividad sexual con menores de 18 años, diga lo que diga la ley local o la persona sobre su edad. Ni dinero, ni trabajo, ni comida, ni ayuda a cambio de sexo.
                                                """, """
                                                ## أبدًا
                                                تحظر مدونة السلوك على موظفي الشركات الاستغلال والاعتداء الجنسيين والعنف القائم على النوع الاجتماعي، أثناء العمل وخارجه.

                                                ## بلا استثناء
                                                لا نشاط جنسيًّا مع أي شخص دون الثامنة عشرة، أيًّا كان ما يقوله القانون المحلي أو الشخص عن عمره. ولا مال ولا عمل ولا طعام ولا مساعدة مقابل الجنس.
                                                """))),
                                List.of(trueFalse(t("If local law allows marriage at 16, a relationship with a 16-year-old is allowed for personnel.",
                                                "Si la loi locale permet le mariage à 16 ans, une relation avec une personne de 16 ans est permise au personnel.",
                                                "Si la ley local permite casarse a los 16, el personal puede tener una relación con alguien de 16 años.",
                                                "إذا أجاز القانون المحلي الزواج في السادسة عشرة، يُسمح للموظفين بعلاقة مع من عمره ست عشرة سنة."), false,
                                        t("The rule is 18, whatever the local age.", "La règle est 18 ans, quel que soit l’âge local.",
                                                "La regla es 18 años, sea cual sea la edad local.", "القاعدة هي الثامنة عشرة أيًّا كان السن المحلي.")))),
                        new CreateCourse.Module(t("3. Reporting", "3. Signaler", "3. Denunciar", "3. الإبلاغ"), 0,
                                List.of(new CreateCourse.Lesson(t("Speak up", "Prendre la parole", "Hablar", "تكلّم"),
                                        t("""
                                                ## Your duty
                                                If you see or hear of exploitation or abuse by anyone in your company, report it to your company's reporting channel. You may also complain to the oversight body.

                                                ## You are protected
                                                Reporting in good faith must never cost you your job. Do not investigate yourself and do not confront the person.
                                                """, """
                                                ## Votre devoir
                                                Si vous voyez ou apprenez une exploitation ou un abus commis par quiconque dans votre entreprise, signalez-le par le canal de signalement de l’entreprise. Vous pouvez aussi saisir l’organe de contrôle.

                                                ## Vous êtes protégé
                                                Un signalement de bonne foi ne doit jamais vous coûter votre emploi. N’enquêtez pas vous-même et ne confrontez pas la personne.
                                                """, """
                                                ## Su deber
                                                Si ve o se entera de explotación o abuso por parte de cualquier persona de su empresa, denúncielo por el canal de denuncias de la empresa. También puede presentar una queja ante el órgano de supervisión.

                                                ## Está protegido
                                                Denunciar de buena fe nunca debe costarle el empleo. No investigue usted mismo ni se enfrente a la persona.
                                                """, """
                                                ## واجبك
                                                إذا رأيت استغلالًا أو اعتداءً من أي شخص في شركتك أو سمعت به، فأبلغ عنه عبر قناة الإبلاغ في الشركة. ويمكنك أيضًا تقديم شكوى إلى هيئة الرقابة.

                                                ## أنت محمي
                                                لا يجوز أبدًا أن يكلّفك الإبلاغ بحسن نية وظيفتك. لا تحقق بنفسك ولا تواجه الشخص.
                                                """))),
                                List.of(new CreateCourse.Question(QuestionKind.MULTIPLE,
                                        t("A colleague boasts about paying a girl at the market for sex. What do you do?",
                                                "Un collègue se vante d’avoir payé une fille au marché pour du sexe. Que faites-vous ?",
                                                "Un compañero presume de haber pagado a una chica en el mercado por sexo. ¿Qué hace usted?",
                                                "يتباهى زميل بأنه دفع لفتاة في السوق مقابل الجنس. ماذا تفعل؟"),
                                        List.of(right(t("Report it through the company channel", "Je le signale par le canal de l’entreprise", "Lo denuncio por el canal de la empresa", "أبلّغ عبر قناة الشركة"),
                                                        t("Yes: this is your duty.", "Oui : c’est votre devoir.", "Sí: es su deber.", "نعم: هذا واجبك.")),
                                                right(t("Write down what he said and when", "Je note ce qu’il a dit et quand", "Anoto lo que dijo y cuándo", "أدوّن ما قاله ومتى"),
                                                        t("Yes: facts help the people who investigate.", "Oui : les faits aident les enquêteurs.", "Sí: los hechos ayudan a quienes investigan.", "نعم: الوقائع تساعد المحققين.")),
                                                wrong(t("Go and question the girl", "Je vais interroger la fille", "Voy a interrogar a la chica", "أذهب لاستجواب الفتاة"),
                                                        t("No: that can harm her. Leave it to trained investigators.", "Non : cela peut lui nuire. Laissez faire des enquêteurs formés.",
                                                                "No: puede hacerle daño. Déjelo a investigadores formados.", "لا: قد يؤذيها ذلك. اترك الأمر لمحققين مدرَّبين.")))))),
                        new CreateCourse.Module(t("4. Helping a survivor", "4. Aider une victime", "4. Ayudar a una sobreviviente", "4. مساعدة الناجية"), 0,
                                List.of(new CreateCourse.Lesson(t("Do no harm", "Ne pas nuire", "No hacer daño", "لا تُلحق الضرر"),
                                        t("""
                                                ## Listen, believe, refer
                                                If someone tells you they were abused, listen calmly, do not blame, and tell them where help is: medical care, and the reporting channel.

                                                ## Keep it private
                                                Share what you heard only with the people who must act on it. The survivor's safety and wishes come first.
                                                """, """
                                                ## Écouter, croire, orienter
                                                Si quelqu’un vous dit avoir subi un abus, écoutez calmement, ne blâmez pas, et indiquez où trouver de l’aide : soins médicaux et canal de signalement.

                                                ## Rester discret
                                                Ne partagez ce que vous avez entendu qu’avec les personnes qui doivent agir. La sécurité et les souhaits de la victime passent d’abord.
                                                """, """
                                                ## Escuchar, creer, derivar
                                                Si alguien le cuenta que sufrió un abuso, escuche con calma, no culpe e indíquele dónde hay ayuda: atención médica y el canal de denuncias.

                                                ## Mantenerlo en privado
                                                Comparta lo que oyó solo con quienes deben actuar. La seguridad y los deseos de la persona sobreviviente van primero.
                                                """, """
                                                ## استمع وصدّق ووجّه
                                                إذا أخبرك أحد بأنه تعرّض لاعتداء، فاستمع بهدوء ولا تلُمه، وأخبره بمكان المساعدة: الرعاية الطبية وقناة الإبلاغ.

                                                ## حافظ على السرية
                                                لا تشارك ما سمعته إلا مع من يجب أن يتصرف. سلامة الناجية ورغباتها أولًا.
                                                """))),
                                List.of(trueFalse(t("You should tell your team what the survivor told you, so everyone is careful.",
                                                "Vous devriez raconter à votre équipe ce que la victime vous a dit, pour que tous soient prudents.",
                                                "Debería contar a su equipo lo que le dijo la sobreviviente, para que todos tengan cuidado.",
                                                "عليك أن تخبر فريقك بما قالته الناجية ليكون الجميع حذرين."), false,
                                        t("Only those who must act should know.", "Seuls ceux qui doivent agir doivent savoir.",
                                                "Solo deben saberlo quienes tienen que actuar.", "لا يعلم إلا من يجب أن يتصرف."))))));
    }

    public static CreateCourse useOfForce() {
        return new CreateCourse("FORCE", Language.EN,
                t("The use of force", "Le recours à la force", "El uso de la fuerza", "استخدام القوة"),
                t("When force is allowed, how much, and what to do afterwards. Renewed every year.",
                        "Quand la force est permise, dans quelle mesure, et que faire ensuite. À renouveler chaque année.",
                        "Cuándo se permite la fuerza, cuánta y qué hacer después. Se renueva cada año.",
                        "متى يُسمح باستخدام القوة، وبأي قدر، وماذا تفعل بعد ذلك. يُجدَّد كل عام."),
                80, 3, 12, List.of(
                        new CreateCourse.Module(t("1. Necessary and proportionate", "1. Nécessaire et proportionnée",
                                "1. Necesaria y proporcionada", "1. الضرورة والتناسب"), 0,
                                List.of(new CreateCourse.Lesson(t("As little as possible", "Le moins possible", "Lo menos posible", "بأقل قدر ممكن"),
                                        t("""
                                                ## First, other means
                                                Warn, step back, call for help. Use force only when nothing else works, and only as much as the threat requires.

                                                ## Firearms
                                                A firearm is used only to defend yourself or others against an imminent threat of death or serious injury.
                                                """, """
                                                ## D’abord, d’autres moyens
                                                Avertissez, reculez, appelez à l’aide. N’usez de la force que si rien d’autre ne marche, et seulement autant que la menace l’exige.

                                                ## Armes à feu
                                                Une arme à feu ne sert qu’à vous défendre, vous ou d’autres, contre une menace imminente de mort ou de blessure grave.
                                                """, """
                                                ## Primero, otros medios
                                                Advierta, retroceda, pida ayuda. Use la fuerza solo si nada más funciona, y solo tanta como exija la amenaza.

                                                ## Armas de fuego
                                                Un arma de fuego solo se usa para defenderse o defender a otros de una amenaza inminente de muerte o lesión grave.
                                                """, """
                                                ## أولًا، وسائل أخرى
                                                حذّر، وتراجع، واطلب المساعدة. لا تستخدم القوة إلا إذا لم ينجح شيء آخر، وبالقدر الذي يقتضيه التهديد فقط.

                                                ## الأسلحة النارية
                                                لا يُستخدم السلاح الناري إلا للدفاع عن نفسك أو عن غيرك من تهديد وشيك بالموت أو بإصابة خطيرة.
                                                """))),
                                List.of(new CreateCourse.Question(QuestionKind.SINGLE,
                                        t("A man shouts at the gate but has no weapon. What comes first?", "Un homme crie à la barrière mais n’est pas armé. Que faites-vous d’abord ?",
                                                "Un hombre grita en la puerta pero no está armado. ¿Qué hace primero?", "رجل يصرخ عند البوابة لكنه غير مسلح. ماذا تفعل أولًا؟"),
                                        List.of(right(t("Talk to him and keep distance", "Lui parler et garder la distance", "Hablarle y mantener la distancia", "أتحدث إليه وأحافظ على المسافة"),
                                                        t("Right: words before force.", "Juste : la parole avant la force.", "Correcto: palabras antes que fuerza.", "صحيح: الكلام قبل القوة.")),
                                                wrong(t("Draw your weapon", "Sortir votre arme", "Sacar el arma", "أشهر سلاحي"),
                                                        t("No: there is no threat to life.", "Non : il n’y a pas de menace pour la vie.", "No: no hay amenaza para la vida.", "لا: لا يوجد تهديد للحياة.")))))),
                        new CreateCourse.Module(t("2. After an incident", "2. Après un incident", "2. Después de un incidente", "2. بعد الحادث"), 0,
                                List.of(new CreateCourse.Lesson(t("Care and report", "Secourir et rendre compte", "Atender e informar", "الإسعاف والإبلاغ"),
                                        t("""
                                                ## Help the injured
                                                Make sure anyone hurt, including the attacker, gets medical help as soon as it is safe.

                                                ## Report everything
                                                Write an incident report the same day: what happened, who was there, what force was used and why. Hiding an incident is itself a breach.
                                                """, """
                                                ## Secourir les blessés
                                                Veillez à ce que tout blessé, y compris l’agresseur, reçoive des soins dès que c’est sans danger.

                                                ## Tout rapporter
                                                Rédigez un rapport d’incident le jour même : ce qui s’est passé, qui était là, quelle force a été employée et pourquoi. Cacher un incident est en soi un manquement.
                                                """, """
                                                ## Atender a los heridos
                                                Asegúrese de que todo herido, incluido el agresor, reciba atención médica en cuanto sea seguro.

                                                ## Informar de todo
                                                Redacte un informe del incidente el mismo día: qué pasó, quién estaba, qué fuerza se usó y por qué. Ocultar un incidente ya es una falta.
                                                """, """
                                                ## أسعف المصابين
                                                تأكد من حصول كل مصاب، بمن فيهم المعتدي، على الرعاية الطبية فور أن يصبح ذلك آمنًا.

                                                ## أبلغ عن كل شيء
                                                اكتب تقرير الحادث في اليوم نفسه: ما الذي حدث، ومن كان حاضرًا، وما القوة المستخدمة ولماذا. إخفاء الحادث مخالفة في حد ذاته.
                                                """))),
                                List.of(trueFalse(t("An incident where nobody was hurt does not need a report.",
                                                "Un incident sans blessé n’a pas besoin de rapport.",
                                                "Un incidente sin heridos no necesita informe.",
                                                "الحادث الذي لم يُصَب فيه أحد لا يحتاج إلى تقرير."), false,
                                        t("Every use of force is reported.", "Tout recours à la force est rapporté.",
                                                "Todo uso de la fuerza se informa.", "يُبلَّغ عن كل استخدام للقوة."))))));
    }
}
