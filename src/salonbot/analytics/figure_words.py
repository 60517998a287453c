"""The words analytics/readings.py reads figures by: data, not code. Each table lists, in the
languages reports are written in, the words that mark a figure (a section heading, a total,
people, money spent or granted) or a currency. Words are compared case-folded, as a word's
beginning (`particip` matches `participants`, `participantes`); words of scripts written
without spaces (Chinese, Japanese) match anywhere.

A new language is new words here, never new code.
"""

from __future__ import annotations

#: The first heading whose title holds one of these words is the section of that figure when
#: the page's heading was not recognised as the template's section.
HEADINGS = {
    "date_and_location": ("date", "data", "datum", "fecha", "tarikh", "tarehe", "tarih", "日付",
                          "日期", "날짜", "ngày", "تاریخ", "التاريخ", "تاريخ", "дата",
                          "तारीख", "मिति", "তারিখ"),
    "participants": ("participant", "partecipant", "teilnehm", "uczestnik", "peserta",
                     "washiriki", "参加者", "參與者", "参与者", "참가자", "người tham gia",
                     "شرکت", "المشارك", "участник", "учасник", "प्रतिभागी", "सहभागी",
                     "katılımcı", "অংশগ্রহণকারী"),
    "what_happened": ("what happened", "was geschah", "was ist passiert", "ce qui s'est passé",
                      "qué pasó", "lo que pasó", "o que aconteceu", "cosa è successo",
                      "что произошло", "що відбулося", "apa yang berlaku", "apa yang terjadi",
                      "kilichotokea", "neler oldu", "co się wydarzyło", "ما الذي حدث",
                      "چه اتفاقی افتاد", "क्या हुआ", "के भयो", "কী হয়েছিল", "何が起きたか",
                      "活動經過", "活动经过", "무슨 일이 있었나", "chuyện gì đã diễn ra"),
    "budget": ("budget", "budżet", "bajet", "bajeti", "bütçe", "presupuesto", "orçamento",
               "бюджет", "بودجه", "الميزانية", "ميزانية", "बजट", "बजेट", "বাজেট", "予算",
               "預算", "预算", "예산", "ngân sách"),
}

#: Infobox parameters (`{{Salon|date=...|participants=...}}`) that state a figure.
PARAMETERS = {
    "date": ("date", "datum", "fecha", "data", "tarih", "tarikh", "tarehe", "дата", "التاريخ",
             "تاریخ", "तारीख", "मिति", "তারিখ", "日期", "日付", "날짜", "ngày"),
    "participants": ("participants", "teilnehmende", "teilnehmer", "participantes",
                     "partecipanti", "uczestnicy", "peserta", "участники", "учасники",
                     "المشاركون", "प्रतिभागी", "সহভাগী", "katılımcı", "参加者", "參與者",
                     "참가자"),
}

#: Words before a number that make it a total ("Total: 20", "Au total, 23", "共 24 人").
TOTALS: tuple[str, ...] = ("total", "totale", "insgesamt", "gesamt", "summe", "zusammen",
          "всего", "итого", "разом",
          "загалом", "مجموع", "المجموع", "الإجمالي", "إجمالي", "الاجمالي", "جمع کل",
          "মোট", "कुल", "जम्मा", "共",
          "总共", "總共", "合計", "合计", "총", "합계", "jumla", "toplam", "łącznie", "razem", "tổng",
          "seramai", "sebanyak", "em total", "en total", "au total", "in all", "in total",
          "altogether", "ao todo", "somando",
          "totaal", "nous étions", "we were", "éramos", "wir waren", "eravamo",
          # the word for in all of more of Meta's languages: Czech, Slovak, Hungarian, Greek,
          # the Scandinavian languages, Finnish, the Serbo-Croatian ones, Slovenian,
          # Lithuanian, Latvian, Estonian, Bulgarian, Polish, Ukrainian
          "celkem", "celkovo", "összesen", "συνολικά", "σύνολο", "totalt", "yhteensä",
          "ukupno", "укупно", "skupaj", "iš viso", "kopā", "kokku", "общо", "ogółem", "всього",
          # Hebrew, with or without the article's prefix
          "סך הכול", "סך הכל",
          # the Dravidian languages' word for the whole (te, ta, kn, ml), which no Brahmic
          # spelling of the North's words gives
          "మొత్తం", "மொத்தம்", "மொத்தச்", "மொத்தத்", "ಒಟ್ಟು", "ആകെ")

#: The words of TOTALS that total people only, "we were" (`We were 12`), not money: `We were
#: given £650` is a grant, no total.
WE_WERE: tuple[str, ...] = ("nous étions", "we were", "éramos", "wir waren", "eravamo")

#: Words after (or right before) a number that make it a count of people.
PEOPLE: tuple[str, ...] = ("participant", "partecipant", "people", "person", "persons", "personne", "persona",
          "persone", "pessoa", "teilnehm", "osób", "osoby", "orang", "peserta", "washiriki",
          "человек", "участник", "учасник", "مشارك", "مشاركا", "مشاركاً", "نفر", "জন",
          "जना", "जन", "प्रतिभागी", "人", "名", "명", "người", "katılımcı", "kişi", "attendee",
          "of us", "headcount", "head count", "איש", "אנשים", "משתתפים", "משתתפות",
          # people, persons, participants in more of Meta's languages: Greek, Arabic, Czech,
          # Slovak, Hungarian, Dutch, the Scandinavian languages, Finnish, Romanian,
          # Ukrainian and Russian, the South Slavic languages, the Baltic ones, Estonian,
          # Spanish, Hindi, Urdu and Persian, Swahili, Thai
          "άτομα", "ατόμων", "συμμετέχ", "άνθρωποι", "ανθρώπων", "شخص", "أشخاص", "اشخاص",
          "lidí", "lidé", "účastník", "ľudí", "fő", "résztvevő", "ember", "deelnemer",
          "mensen", "deltagare", "deltager", "deltaker", "mennesker", "osallistuja", "henkilö",
          "hlö", "ihmis", "persoan", "participanț", "participanţ", "людей", "осіб", "учесник",
          "учасници", "души", "људи", "sudionik", "učesnik", "osoba", "ljudi", "udeleženc",
          "dalyvi", "žmon", "dalībniek", "cilvēk", "osaleja", "inimes", "asistente", "लोग",
          "व्यक्ति", "افراد", "watu", "คน")

#: Words joining two counts that add up ("14 named users and 9 new editors").
AND = ("and", "та", "et", "y", "e", "und", "i", "и", "і", "dan", "và", "ve", "na", "এবং", "और",
       "و", "와", "과", "和", "及", "ja", "ning", "och", "en", "oraz", "a",
       # Sundanese, Javanese, Cebuano, Zulu, Xhosa, Somali
       "jeung", "lan", "ug", "kanye", "kunye", "iyo",
       # Japanese, and Chinese in its traditional and simplified forms
       "と", "及び", "および", "與", "与")

#: Words that make a number a part of the people counted before it ("3 of them", "including
#: 6 online").
SUBSET = ("of them", "of whom", "among them", "including", "dont", "y compris", "davon",
          "darunter", "einschließlich", "de ellos", "de ellas", "de los cuales", "entre ellos",
          "entre ellas", "dos quais", "das quais", "entre eles", "entre elas", "delas", "deles",
          "di cui",
          "tra cui", "из них", "в том числе", "з них", "у тому числі", "w tym", "z toho",
          "di antaranya", "termasuk", "trong đó", "其中", "그중", "うち", "منهم", "जिनमें",
          "varav", "hvorav", "heraf", "hvoraf", "waarvan", "joista", "din care", "akik közül")

#: Words after a count that leave a number of other people out of it ("17 (sem contar os 3
#: palestrantes)", "20 Teilnehmende, nicht mitgezählt 4 Helfer"): whether those took part
#: too is the page's to say, so the count is no total a coordinator can defend. One or two
#: per language family, as grammars give them.
EXCLUDING = (
    # Germanic
    "not counting", "not including", "excluding", "without counting", "ohne", "nicht mitgezählt",
    "exklusive", "zonder", "niet meegeteld", "utan att räkna", "ikke medregnet", "uden",
    # Romance
    "sem contar", "sem incluir", "sin contar", "sin incluir", "sans compter", "non compris",
    "senza contare", "esclusi", "escluse", "fără a număra", "sense comptar",
    # Slavic, Baltic, Finno-Ugric, Greek
    "не считая", "без учёта", "без учета", "не рахуючи", "без урахування", "nie licząc",
    "bez", "nepočítaje", "ne računajući", "neskaitant", "ilman", "nem számítva",
    "χωρίς να μετρήσουμε",
    # Turkic, Semitic, Iranian, Indic
    "hariç", "saymazsak", "dahil değil", "بدون احتساب", "دون احتساب", "باستثناء", "لا يشمل",
    "به جز", "بجز", "לא כולל", "בלי לספור", "को छोड़कर", "छोड़कर",
    # East and South-East Asian, African
    "不含", "不包括", "不计", "不計", "を除く", "を除いて", "제외", "빼고", "không tính",
    "chưa tính", "chưa kể", "ไม่รวม", "tidak termasuk", "belum termasuk", "bila kuhesabu")

#: Words before a count in its clause that count the writer apart ("Besides me, 16 people
#: came", "Neben mir waren noch 14 Leute da", "मेरे अलावा 16 लोग आए"): the people who took
#: part are one more. One or two per language family, as grammars give them.
BESIDES_ME = (
    # Germanic
    "besides me", "apart from me", "other than me", "in addition to me", "neben mir",
    "außer mir", "behalve mij", "naast mij", "förutom mig", "utover meg", "udover mig",
    # Romance
    "à part moi", "en plus de moi", "outre moi", "además de mí", "aparte de mí", "aparte de mi",
    "além de mim", "oltre a me", "a parte me", "în afară de mine",
    # Slavic, Baltic, Finno-Ugric, Greek
    "кроме меня", "помимо меня", "крім мене", "окрім мене", "oprócz mnie", "poza mną",
    "kromě mě", "osim mene", "be manęs", "minun lisäkseni", "rajtam kívül", "εκτός από εμένα",
    # Turkic, Semitic, Iranian, Indic
    "benim dışımda", "benden başka", "mendən başqa", "mendan tashqari", "غيري", "بالإضافة إلي",
    "بجز من", "غیر از من", "חוץ ממני", "मेरे अलावा", "मेरे सिवा", "मेरे अतिरिक्त", "আমি ছাড়া",
    "আমাকে ছাড়া", "میرے علاوہ",
    # East and South-East Asian, African
    "除了我", "我以外", "私の他に", "私以外に", "私のほかに", "나 외에", "나 말고", "ngoài tôi",
    "selain saya", "selain aku", "bukod sa akin", "mbali na mimi", "zaidi yangu")

#: Words that make a count one of people beyond those named before it ("Ana, Bento e mais 12
#: pessoas", "Anna, Ben and 12 more"): with "and" (AND) right before the word and the number
#: ("e mais 12", "и ещё 12") or before the number and the word right after it ("and 12 more",
#: "und 12 weitere", "et 12 autres").
MORE = ("more", "mais", "más", "weitere", "weiteren", "autres", "altri", "altre", "otros",
        "otras", "outros", "outras", "ещё", "еще", "ще", "jeszcze", "innych", "meer", "lagi",
        "zaidi", "daha", "till", "flere", "più")

#: Words right after a count, in its clause, that make it a count of each of several groups
#: ("5 people each", "5名ずつ", "5명씩", "5 personas de cada", "5 osób z każdej"): no count
#: of all, unless the page states a total. Whole words (readings._each_word), so each form.
EACH = ("each", "ずつ", "씩", "chacun", "chacune", "de chaque", "cada", "ciascuno", "ciascuna",
        "ognuno", "ognuna", "jeweils", "każdej", "każdego", "każdy", "кожної", "кожного",
        "кожен", "каждой", "каждого", "каждый", "masing-masing", "setiap", "mỗi", "her bir",
        "varje", "hver", "hvert", "elk", "iedere", "kila")

#: The same right before a count: the distributive preposition of the Slavic languages written
#: in Cyrillic (`пришли по 6 человек`, six came from each; Bulgarian, Serbian, Macedonian
#: `по 6 души`), which before a number means nothing else.
EACH_BEFORE = ("по",)

#: Words before two numbers that make them a range ("between 20 and 25").
RANGE = ("between", "entre", "zwischen", "tra", "fra", "между", "від", "от", "antara", "từ",
         "arasında", "بين", "बीच", "między")

#: Words of "or" between two numbers, the first the smaller, that make them alternatives, a
#: range ("2 or 3 people", "2 oder 3 Personen", "hai hoặc ba người"): no count. One or two per
#: language family.
OR = ("or", "oder", "of", "eller", "ou", "o", "ó", "sau", "или", "або", "lub", "albo", "nebo",
      "alebo", "ili", "vagy", "tai", "või", "ή", "veya", "yoki", "yoxud", "ya da", "atau",
      "au", "hoặc", "hay", "หรือ", "ឬ", "ຫຼື", "သို့မဟုတ်", "或", "或者", "または", "か", "또는",
      "یا", "أو", "او", "או", "या", "বা", "ወይም", "ama")

#: Words that say a list of names is not complete ("and others").
OTHERS = ("and others", "and more", "et autres", "et d'autres", "y otros", "y otras",
          "e outros", "e altri", "und weitere", "und andere", "и другие", "і інші",
          "dan lainnya", "dan lain-lain", "等", "among them", "among others", "parmi lesquels",
          "some of the", "alguns dos", "algunos de", "einige", "deux autres")

#: Words of a sentence introducing a list of names that say it names everyone ("These are
#: all the people who took part:", "la liste complète", "（全員）"): the list is then counted
#: though a sentence stands before it. Whole words, per language family.
EVERYONE = (
    # Germanic
    "all", "everyone", "everybody", "complete", "full", "alle", "vollständig", "vollständige",
    "volledig", "volledige", "alla", "fullständig", "fullstendig", "komplet",
    # Romance (sc "totu", rm "tuts", ca "tots")
    "tous", "toutes", "complète", "complet", "todos", "todas", "completa", "completo",
    "tutti", "tutte", "tots", "totes", "totu", "tuts", "toţi", "toți",
    # Slavic, Baltic, Finno-Ugric, Greek
    "все", "всех", "полный", "полная", "усі", "всі", "повний", "wszyscy", "wszystkich",
    "pełna", "všichni", "úplný", "svi", "потпун", "visi", "kõik", "kaikki", "όλοι",
    # Turkic, Semitic, Iranian, Indic
    "tüm", "bütün", "hepsi", "جميع", "كل", "الكاملة", "همه", "تمام", "کامل", "כל", "सभी",
    "सब", "पूरी", "সকল", "সব", "সম্পূর্ণ",
    # East and South-East Asian, African
    "全員", "すべて", "全て", "全部", "所有", "全体", "모든", "전원", "tất cả", "toàn bộ",
    "đầy đủ", "semua", "seluruh", "lengkap", "lahat", "wote", "kamili", "bonke", "bohle",
)

#: English number words read as numbers when they count people ("Eleven of us").
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
                "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
                "nineteen": 19, "twenty": 20}

#: English tens, read with a unit after a hyphen ("twenty-six" is 26).
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}

#: Words that make an amount what was spent.
SPENT: tuple[str, ...] = ("spent", "spend", "expense", "expenditure", "cost", "actual", "gastamos", "gastado",
         "gastaron", "gasto", "gastos", "gastámos", "ausgegeben", "ausgaben", "kosten",
         "uitgegeven", "uitgaven",
         "dépens", "coûté", "réelles", "потрачено", "расход", "витрачено", "витрат",
         "أنفقنا", "المصاريف", "مصاريف", "مصروفات", "المصروفات", "خرج", "هزینه", "খরচ",
         "खर्च", "支出", "花費", "花费",
         "費用", "지출", "chi phí", "harca", "wydaliśmy", "wydatki", "koszt", "pengeluaran",
         "perbelanjaan", "matumizi", "gharama", "spese", "speso", "spesa", "realisasi",
         "costó", "custou", "custo", "коштувало", "обошлось", "utgifter",
         # Ibero-Romance and Tetum (es, pt, gl, ast, tet): "gasta", "gastar", "gastaram"
         "gasta",
         # Turkic: to spend (tr "harcadık", "harcama"; tk "harçladyk"; az "xərclədik"; uz
         # "sarfladik")
         "harçla", "xərclə", "sarfla",
         # Urdu and Punjabi in Shahmukhi: spent, the spending, the expenses (`کل خرچ`)
         "خرچ", "اخراجات",
         # North Germanic: what was used up, the spending (nb, nn "forbruket", da "forbruget",
         # sv "förbrukat")
         "forbruk", "forbrug", "förbruk",
         # Czech and Slovak (spent, and with the negation glued, spent nothing; the expenses,
         # the costs), Greek (the expenses), Indonesian and Malay (paid out), Romanian (the
         # expenses, spent)
         "utrati", "neutrati", "výdaj", "náklad", "δαπάν", "έξοδα", "mengeluarkan", "cheltui")

#: Words that make an amount a grant, a budget asked for or given, not what was spent.
GRANT: tuple[str, ...] = ("grant", "מענק",
         "received", "budgeted", "approved", "subvención", "subvention", "recibimos",
         "recibido", "recibida", "toegekend", "گرانٹ",
         # Italian (tested in it): received, a contribution given, a subsidy
         "ricevut", "contributo", "sovvenzione",
         # income, the money that came in, beside the expenses (tested in es: `Total de
         # ingresos` over `Total de egresos`)
         "ingreso", "income", "einnahme", "receita", "recettes", "entrate", "доход",
         "przych", "inkomst", "pendapatan", "mapato", "收入", "収入", "수입", "درآمد", "إيرادات",
         "bolsa", "recebemos", "recebid", "subsídio", "hibah", "geran", "menerima",
         "грант", "منحة", "حصلنا", "reçu", "förder",
         "zuschuss",
         "hibe", "dotacj", "ruzuku", "अनुदान", "অনুদান", "助成", "補助", "지원금", "tài trợ",
         # Chinese (zh): funding given, an allocation, approved (and given)
         "资助", "資助", "拨款", "撥款", "批准", "批给", "批給",
         # applied for, the grant asked for (`申请的经费为2,500元，实际支出如下：`, the funds
         # applied for were 2,500 yuan; what was spent follows)
         "applied for", "beantragt", "申请", "申請", "신청", "solicitad", "richiest", "sollicité",
         # Iranian (fa, tested in fa): a grant ("help-cost"), approved, granted
         "کمک\u200cهزینه", "کمک هزینه", "تصویب", "اعطا", "دریافت",
         # Greek (el): a subsidy, the word for a grant
         "επιχορήγ",
         # Azerbaijani (az): the grant as its alphabet writes it
         "qrant",
         # aid, support: the word for a grant of Spanish, Catalan, Turkish and Korean pages
         # (`De la ayuda de 300,00 € gastamos:`, `L'ajut concedit`, `1.500 TL'lik destekten
         # harcadıklarımız:`, `지원받은 금액`, the amount of support received), and granted
         "ayuda", "ajut", "destek", "지원받", "concedi",
         # North Germanic: support, a subsidy (nb, da "støtte", sv "stöd"; nb "tilskudd", da
         # "tilskud"; `Vi fikk 5 000 kr i støtte og brukte 4 017 kr`)
         "støtte", "stöd", "tilskud")

#: Words that make an amount a cost not paid yet (an invoice due, what is left to pay):
#: the spending is then what was paid, or all the costs, which the page does not settle.
UNPAID: tuple[str, ...] = ("unpaid", "not yet paid", "still to pay", "to be paid", "outstanding",
          "zbývá uhradit", "nezaplacen", "neuhrazen", "unbezahlt", "noch offen", "noch zu zahlen",
          "reste à payer", "impayé", "non payé", "pendiente de pago", "por pagar", "da pagare",
          "non pagat", "a pagar", "em aberto", "к оплате", "не оплачен", "до сплати",
          "не сплачен", "do zapłaty", "nieopłacon", "nog te betalen", "onbetaald",
          "belum dibayar", "chưa thanh toán", "未払", "未付", "미지급", "ödenmemiş", "ödenecek",
          "obetald", "ubetalt", "maksamatta", "غير مدفوع", "لم يدفع", "पूरा भुगतान नहीं", "बकाया")

#: The name of the movement's organisations, who gave the salons their grants (the
#: Foundation, its chapters and user groups), as they write it in every language: a budget
#: statement that names one and states no amount as spent may be giving the grant (rule 5).
#: A name, not a word of any language: the one thing a reader sees of a grant in a language
#: the words above do not cover ("Wikimedia Foundation-ek 450 EUR eman zizkigun").
FUNDERS: tuple[str, ...] = ("wikimedia", "wmf")

#: Words that make an amount something else than the spending: what is left or returned,
#: an amount per person, a future budget.
OTHER_AMOUNT: tuple[str, ...] = ("remaining", "returned", "unspent", "left over", "refund", "saldo", "sisa",
                "sésa",  # su: the rest
                "υπόλοιπ",  # el: the rest
                "остаток", "залишок", "kalan", "επιστροφ", "devolv", "zurück", "restant", "rimanent",
                "per person", "per head", "each", "por persona", "a testa", "pro person",
                "par personne", "per peserta", "kwa kila", "प्रति व्यक्ति", "на человека",
                "на особу", "1인당", "每人", "一人", "kişi başı", "×", " x ", "next year",
                "next edition", "próximo año", "próxima edição", "prossimo anno", "l'année prochaine",
                "nächstes jahr", "अगले", "budget per il", "chiederemo", "will ask", "request",
                "asked for",
                # the value of what was given in kind, not paid (`Valoarea totală a
                # contribuțiilor în natură: 1.150 lei`)
                "in kind", "in-kind", "în natură", "en nature", "en especie", "em espécie",
                "in natura", "sachleistung", "sachspende", "натурой", "в натуральной форме",
                "w naturze", "v naturáliích", "ayni olarak", "secara natura")

#: Words saying the listed items are all the costs ("These were all our expenses").
ALL_COSTS = ("all our expenses", "all the expenses", "all our costs", "all the costs",
             "alle ausgaben", "todos os nossos gastos", "todos nuestros gastos",
             "tous nos frais", "toutes nos dépenses", "tutte le spese", "все расходы",
             "semua pengeluaran")

#: Currency signs and names -> ISO 4217 code. "FCFA" and "$" are resolved by the page (see
#: readings.py); a bare "درهم" (which dirham) is not read. Signs and
#: names not listed here are read from CLDR (every symbol and display name of every locale);
#: a sign CLDR gives several currencies ("Rs", "kr") is resolved by the page.
CURRENCIES = {
    "US$": "USD", "U$S": "USD", "$us": "USD", "$US": "USD", "US dollars": "USD",
    "dólares estadounidenses": "USD",
    "dollars américains": "USD", "долларов США": "USD", "доларів США": "USD",
    "دولاراً أمريكياً": "USD", "دولار أمريكي": "USD", "أمريكي": "USD",
    "अमेरिकी डलर": "USD", "अमेरिकी डॉलर": "USD", "美元": "USD", "미국 달러": "USD",
    # (the US dollar as Chinese speaks of it everywhere, "American gold", which CLDR does not
    # give: `约 152 美金`)
    "美金": "USD",
    "€": "EUR", "euro": "EUR", "euros": "EUR",
    "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "$ CA": "CAD", "$CA": "CAD",
    "HK$": "HKD", "NT$": "TWD", "新台幣": "TWD", "新台币": "TWD", "R$": "BRL",
    "S/": "PEN", "S/.": "PEN", "£": "GBP", "₦": "NGN", "₱": "PHP", "GH₵": "GHS", "₵": "GHS",
    "₹": "INR", "रु": "INR|NPR", "रु.": "INR|NPR", "ভারতীয় রুপি": "INR",
    # (the taka's Latin abbreviation, `Tk 8,900`, which CLDR does not give)
    "৳": "BDT", "টাকা": "BDT", "Tk": "BDT", "Tk.": "BDT",
    "₺": "TRY", "TL": "TRY", "₩": "KRW", "원": "KRW", "円": "JPY",
    "₴": "UAH", "грн": "UAH", "₽": "RUB", "руб": "RUB", "руб.": "RUB", "рублей": "RUB",
    "тенге": "KZT", "₸": "KZT", "zł": "PLN", "RM": "MYR", "KSh": "KES", "TSh": "TZS",
    "Kz": "AOA", "Rp": "IDR", "đồng": "VND", "₫": "VND",
    # the yuan as mainland China says it, in simplified characters (`1385块钱`)
    "块": "CNY", "块钱": "CNY", "ریال": "IRR", "درهم مغربي": "MAD",
    # the toman, ten Iranian rials, as Iran counts money (UNIT_TIMES: `1,505,000 تومن` is
    # 15,050,000 IRR)
    "تومان": "IRR", "تومن": "IRR", "toman": "IRR", "tomans": "IRR",
    # the Sudanese pound by its name; a bare pound (جنيه) stays Egypt's
    "جنيه مصري": "EGP", "جنيه سوداني": "SDG", "جنيه": "EGP",
    "د.ت": "TND", "دج": "DZD", "CHF": "CHF",
    # the dirham's Latin abbreviations, which CLDR does not give (Morocco's `DH`, the
    # Emirates' `Dhs`): the page's place says which
    "DH": "MAD|AED", "Dh": "MAD|AED", "Dhs": "AED|MAD", "DHS": "AED|MAD",
    "gourdes": "HTG", "gourde": "HTG", "goud": "HTG",  # (Haitian Creole)
    "pesos argentinos": "ARS", "pesos colombianos": "COP",
    "pesos mexicanos": "MXN", "dólares canadienses": "CAD", "Canadian dollars": "CAD",
    "dollars canadiens": "CAD", "Australian dollars": "AUD",
    "FCFA": "CFA", "F CFA": "CFA", "CFA": "CFA", "francs CFA": "CFA", "$": "$",
    # the Rwandan franc as Rwanda writes it (CLDR gives only `RF`)
    "Frw": "RWF", "FRW": "RWF", "FRw": "RWF",
}

#: Names of CURRENCIES that count several units of their currency: the toman is ten rials.
UNIT_TIMES = {"تومان": 10, "تومن": 10, "toman": 10, "tomans": 10}

#: FCFA is the West African franc (XOF) or the Central African franc (XAF): the page's country
#: says which. Country names as pages write them.
CFA_COUNTRIES = {
    "XOF": ("sénégal", "senegal", "côte d'ivoire", "ivory coast", "mali", "burkina", "niger",
            "togo", "bénin", "benin", "guinée-bissau", "guinea-bissau", "dakar", "abidjan",
            "bamako", "ouagadougou", "niamey", "lomé", "cotonou"),
    "XAF": ("cameroun", "cameroon", "gabon", "tchad", "chad", "congo", "centrafrique",
            "central african", "guinée équatoriale", "equatorial guinea", "yaoundé", "douala",
            "libreville", "n'djamena", "brazzaville", "bangui"),
}

#: "$" alone names US dollars only on a page from the United States; these words say so.
US_PAGE = ("united states", "usa", "u.s.", "new york", "california", "chicago", "washington, d.c.")

#: Infobox parameters that name the salon's place (its city), read with the date-and-location
#: section for the cities the time zone database names (readings._place_territory).
PLACE_PARAMETERS = ("city", "place", "location", "venue", "lieu", "ville", "ort", "stadt",
                    "ciudad", "lugar", "cidade", "local", "città", "luogo", "plaats", "stad",
                    "miasto", "miejsce", "город", "место", "місто", "місце", "kota", "tempat",
                    "thành phố", "địa điểm", "şehir", "yer", "도시", "장소", "城市", "地点",
                    "都市", "場所", "शहर", "स्थान", "مدينة", "المدينة", "مکان", "شهر")

#: Words right before a count of people that make it an approximation ("about 30", "umbes 30",
#: "約30人"): the count is then no number a coordinator can defend, and is not read. One or two
#: words per language family, as grammars and dictionaries give them (never a page's spelling).
APPROXIMATE: tuple[str, ...] = (
    # the signs of "about" in every script: a tilde or "almost equal to" before the number
    # ("Учасників: ~25", "≈ 155 дол. США")
    "~", "∼", "≈", "～",
    # plus or minus, its sign or as written on a keyboard ("We were +/- 20 people")
    "±", "+/-", "+/–", "+-",
    # East Slavic: the noun before the number makes it approximate ("человек двадцать", about
    # twenty people; "Участников: 20", with its colon, is a count)
    "человек", "людей", "участников", "осіб", "учасників", "чалавек",
    # Germanic
    "about", "around", "approximately", "approx.", "roughly", "circa", "ca.", "c.", "some",
    "nearly", "almost", "close to", "more or less", "etwa", "ungefähr", "rund", "zirka",
    "ongeveer", "circa", "zo'n", "omkring", "ungefär", "cirka", "omtrent", "rundt", "um",
    "u.þ.b.", "næstum",
    # Romance
    "environ", "à peu près", "près de", "quelque", "unos", "unas", "aprox", "alrededor de",
    "cerca de", "casi", "uns", "umas", "quase", "circa", "quasi", "più o meno", "aproximativ",
    "más o menos", "mais ou menos",
    "în jur de", "aproape", "prop de", "gairebé", "uns", "unes", "arredor de",
    # Slavic
    "около", "примерно", "приблизно", "приблизительно", "почти", "близько", "майже", "порядка",
    "около", "приблизително", "około", "ok.", "blisko", "prawie", "mniej więcej", "asi",
    "přibližně", "približne", "zhruba", "cca", "skoro", "oko", "otprilike", "približno",
    "okoli", "okrog", "skoraj", "otprilika", "околу",
    # Baltic, Finno-Ugric
    "apmēram", "aptuveni", "ap.", "apie", "maždaug", "beveik", "umbes", "ligikaudu", "peaaegu",
    "noin", "suunnilleen", "lähes", "melkein", "körülbelül", "kb.", "mintegy", "majdnem",
    # Greek, Semitic, Iranian
    "περίπου", "σχεδόν", "γύρω στους", "γύρω στις", "حوالي", "حوالى", "نحو", "قرابة", "تقريبا",
    "تقريباً", "بحدود", "حدود", "حدودا", "حدوداً", "تقریبا", "تقریباً", "نزدیک به", "בערך",
    # (Iran's languages: near, `نزدیک ۱۵۰ دلار`; by estimate, `تخمیناً ۱۲۹`)
    "نزدیک", "تخمینا", "تخمیناً",
    # (Maghrebi Arabic: "some" before the number, `كنا شي 25 واحد`, we were some 25)
    "شي",
    "כמעט", "כ-", "כ־", "մոտ", "մոտավորապես", "დაახლოებით", "თითქმის",
    # Turkic, Mongolic
    "yaklaşık", "aşağı yukarı", "neredeyse", "təxminən", "təqribən", "taxminan", "qariyb",
    "шамамен", "шамасы", "жуық", "болжол менен", "болжолдуу", "тахминан", "ойролцоогоор",
    # Indic and Dravidian
    "लगभग", "करीब", "क़रीब", "तकरीबन", "तक़रीबन", "अंदाजे", "सुमारे", "प्राय", "प्रायः", "প্রায়",
    "আনুমানিক", "প্রায়", "આશરે", "લગભગ", "ਲਗਭਗ", "ਤਕਰੀਬਨ", "ପ୍ରାୟ", "ପାଖାପାଖି", "சுமார்",
    "ஏறக்குறைய", "సుమారు", "దాదాపు", "ಸುಮಾರು", "ಸರಿಸುಮಾರು", "ഏകദേശം", "ഏതാണ്ട്",
    "تقریباً", "لگ بھگ", "تقریبا",
    # East and South-East Asian
    "約", "约", "大約", "大约", "约合", "約合", "折合",
    "およそ", "ほぼ", "약", "대략", "거의", "khoảng", "chừng",
    "gần", "sekitar", "kira-kira", "lebih kurang", "kurang lebih", "hampir", "mga",
    "humigit-kumulang", "halos", "ประมาณ", "เกือบ", "ប្រហែល", "ປະມານ", "ခန့်မှန်းခြေ",
    # African
    "takriban", "karibu", "kusan", "manodidina",
)

#: The beginnings of the words that call a figure an estimate ("Chiffre estimé", "geschätzt",
#: "推定"): a count whose note (its mark's line) holds one, or a word of APPROXIMATE, is an
#: approximation. One or two stems per language family, as dictionaries give them.
ESTIMATED: tuple[str, ...] = (
    # Germanic, Romance
    "estimat", "estimé", "estima", "stimat", "stima", "geschätz", "schätzung", "geschat",
    "schatting", "uppskatt", "anslå", "skønne", "skjønn", "guess", "gezählt nach augenmaß",
    "à vue d'œil", "a ojo", "a olho", "a occhio", "by eye",
    # Slavic, Baltic, Finno-Ugric, Greek
    "szacun", "szacow", "odhad", "procjen", "procen", "оцен", "оцін", "орієнтовн", "ориентировоч",
    "arvio", "arvioi", "becsl", "hinnang", "aplinkiniai", "εκτίμ",
    # Turkic, Semitic, Iranian, Indic
    "tahmin", "təxmin", "taxmin", "болжол", "تقدير", "تقديري", "تخمین", "הערכה", "अनुमान",
    "অনুমান", "అంచనా", "மதிப்பீ",
    # East and South-East Asian, African
    "估计", "估計", "估算", "推定", "概算", "目算", "추정", "어림", "ước tính", "perkiraan",
    "diperkirakan", "taya", "ประมาณการ", "makadirio",
)


#: Words right after a count that make it an approximation ("30 or so", "30人ほど", "20명 정도").
APPROXIMATE_AFTER = ("or so", "odd", "-odd", "ish", "左右", "ほど", "くらい", "ぐらい", "程度", "前後",
                     "정도", "쯤", "가량", "내외", "eo ho eo", "civarında", "kadar", "küsur",
                     "cca",
                     "или около того", "tahmini",
                     # Basque: "one" after a number makes it a round guess ("25 bat lagun",
                     # some 25 people)
                     "bat",
                     # Romance "and a bit", "and some" after the number ("20 y pico
                     # personas", "vinte e poucos", "20 e rotti"), Japanese "plus alpha"
                     "y pico", "y tantos", "e tantos", "e poucos", "e pico", "e rotti",
                     "et quelques", "+α", "＋α",
                     # Swahili "and a bit" (`watu 20 na ushei`, twenty-odd people)
                     "na ushei",
                     # Malayalam "about", glued or after a hyphen (`25-ഓളം പേർ`)
                     "-ഓളം", "ഓളം",
                     # Malay, said: "like that" after a count ("dalam 20 orang macam tu")
                     "macam tu", "macam itu",
                     # North Germanic: a number's "-tal" (ett 20-tal, et 20-tal: a score or
                     # so, about twenty)
                     "-tal",
                     # Chinese and Japanese: a little under, a little over, and more (`20名弱`,
                     # `20人強`, `20余名`, `20多人`), after the number or its counter
                     "弱", "強", "余", "多")

#: Words right before a count of people that make it a bound, not a number ("over 30", "at
#: least 30", "up to 30"): like an approximation, the count is not read. One or two words per
#: language family, as grammars give them.
BOUNDS: tuple[str, ...] = (
    # Germanic
    "over", "at least", "up to", "no fewer than", "über", "mindestens", "wenigstens", "bis zu",
    "ruim", "minstens", "över", "minst", "upp till", "opp til", "mindst",
    # Romance
    "au moins", "jusqu'à", "pelo menos", "ao menos", "até", "al menos", "por lo menos", "hasta",
    "almeno", "fino a", "oltre", "cel puțin", "peste", "pel cap baix",
    # Slavic
    "свыше", "понад", "не менее", "не меньше", "не менш", "ponad", "co najmniej",
    "przynajmniej", "nejméně", "alespoň", "najmanje", "barem", "најмалку",
    # Finno-Ugric, Turkic, Semitic, Iranian
    "yli", "vähintään", "üle", "vähemalt", "legalább", "több mint", "en az", "en azından",
    "ən azı", "على الأقل", "ما يزيد على", "ما يزيد عن", "لا يقل عن", "حداقل", "بیش از",
    "لااقل", "לפחות", "יותר מ-",
    # Indic, East and South-East Asian, African
    "कम से कम", "कमसेकम", "कमतीमा", "ন্যূনতম", "অন্তত", "至少", "最少", "적어도", "최소",
    "ít nhất", "tối thiểu", "trên", "hơn", "setidaknya", "sedikitnya", "paling sedikit",
    "sekurang-kurangnya", "hindi bababa sa", "zaidi ya", "angalau",
)

#: Words of comparison that make a count a bound when one short linking word (up to four
#: letters: "than", "de", "als", "di", "dari", "sa", "od") stands between them and the number
#: ("more than 30", "mais de 30", "mehr als 30", "kapin sa 20", "lebih dari 30"; alone, "e
#: mais 7" is "and another 7", no bound). One or two words per language family.
COMPARATIVES: tuple[str, ...] = (
    # Germanic
    "more", "less", "fewer", "mehr", "weniger", "meer", "minder", "mer", "mindre", "flere",
    "færre", "fleiri",
    # Romance
    "plus", "moins", "más", "mas", "menos", "mais", "più", "meno", "mai mult", "mai puțin",
    "més", "mái",
    # Slavic, Baltic, Finno-Ugric, Greek
    "больше", "более", "меньше", "менее", "більше", "менше", "więcej", "mniej", "více",
    "méně", "viac", "menej", "više", "manje", "vairāk", "daugiau", "rohkem", "enemmän",
    "περισσότερους", "περισσότερα", "λιγότερους",
    # Turkic, Semitic, Iranian, Austronesian, African
    "fazla", "أكثر", "اكثر", "أقل", "بیشتر", "کمتر", "יותר", "lebih", "kurang", "kapin",
    "labaw", "higit", "mahigit", "kulang", "zaidi", "chini",
)

#: Words right after a count that make it a bound ("30 or more", "30 y más", "30人以上").
BOUNDS_AFTER = ("or more", "and more", "or fewer", "'dan fazla", "'den fazla", "ou mais",
                "ou plus", "et plus", "y más", "o más", "e più", "o più", "und mehr", "oder mehr",
                "или больше",
                "и более", "i więcej", "atau lebih", "以上", "以下", "이상", "이하", "以内",
                "trở lên", "veya daha fazla", "ve üzeri", "или више", "tai enemmän",
                # glued to the number: "odd", some more (20여 명, 20余人, 20多人, 20餘名)
                "여", "余", "多", "餘",
                # and in the scripts of mainland Southeast Asia, written without spaces: Thai
                # and Lao "more than" after the number (20 กว่าคน, twenty-odd people), Burmese
                # "over" (၂၀ ကျော်)
                "กว่า", "ກວ່າ", "ကျော်",
                # Malagasy "and more" after the number (olona 20 mahery, twenty-odd people)
                "mahery")

#: Words glued to or right after a number of people that make it the size of a room, a table
#: or a bus, not a count of those who came ("30 kişilik salonumuz", our hall for 30; "a
#: 30-person room", "30-местный зал", "sala 30-osobowa", "30人収容の会場", "30명 수용"): such a
#: number is not read. The grammars' adjective of capacity, one or two per language family
#: (Turkic "-lik" after its word of people; Slavic "-местный", "-osobowy"; Germanic "-person",
#: "-seat"; Chinese, Japanese and Korean "收容", "収容", "수용").
CAPACITY_AFTER = (
    "kişilik", "nəfərlik", "kishilik", "адамдық", "кишилик", "adamlyk", "кешелек",
    "-местн", "-місн", "-osobow", "osobowa", "osobowej", "-místn", "-osobn",
    "-person", "-people", "-seat", "-seater", "-personen", "-mann", "-personers",
    "人収容", "人收容", "人容纳", "人容納", "명 수용", "명을 수용", "명이 들어가는")

#: Words after a size of people's words that make it the size of a group, a count ("15-osobowa
#: grupa", a group of 15; "30 kişilik bir grup", "a 20-person team"): the size is then read.
#: The international word and its spellings, and one or two words per language family.
GROUPS = ("group", "grup", "grupa", "grupo", "gruppo", "groupe", "gruppe", "groep", "grupp",
          "группа", "группой", "група", "групою", "skupin", "skupina", "kelompok", "kikundi",
          "组", "組", "グループ", "그룹", "مجموعة", "گروه", "קבוצה", "समूह", "দল", "nhóm",
          "team", "takım", "ekip", "zespół", "команд", "délégation", "delegación")

#: Words right after a number that make it a count of pairs, couples, families or households,
#: not of people ("親子12組", twelve parent-and-child pairs; "8 families", "13 hộ gia đình"):
#: with GROUPS, the number counts no one by itself. One or two per language family.
UNITS_OF_PEOPLE = (
    "pair", "pairs", "couple", "couples", "family", "families", "household", "households",
    "paare", "paaren", "familie", "familien", "familj", "familier", "gezin", "gezinnen",
    "pareja", "parejas", "familia", "familias", "casal", "casais", "família", "famílias",
    "coppia", "coppie", "famiglia", "famiglie", "famille", "familles",
    "семей", "семьи", "семьї", "сімей", "rodzin", "rodziny",
    "rodin", "rodiny", "aile", "çift", "keluarga", "pasang", "cặp", "gia đình",
    "組", "组", "世帯", "家族", "家庭", "对", "對", "户", "戶", "쌍", "가족", "가구", "팀",
    "أسر", "أسرة", "عائلات", "عائلة", "زوج", "خانواده", "משפחות", "परिवार", "জোড়া",
    "পরিবার", "jozi")


#: Words in a count's own clause that make it a count of people absent or excused (minutes'
#: "应到25人，实到19人，请假4人，缺席2人", 25 due, 19 present, 4 excused, 2 absent): a line with one
#: counts people who did not come beside those who did, and its counts add up to no count of
#: the salon's. One or two per language family.
ABSENT = (
    "absent", "excused", "apologies", "abwesend", "entschuldigt", "afwezig", "frånvarande",
    "fraværende", "excusé", "ausente", "assente", "giustificat", "nieobecn", "usprawiedliw",
    "nepřítom", "omluven", "отсутств", "відсутн", "devamsız", "izinli", "tidak hadir",
    "berhalangan", "vắng", "缺席", "请假", "請假", "欠席", "결석", "불참", "غائب", "غياب", "غیبت",
    "غایب", "נעדר", "अनुपस्थित", "অনুপস্থিত")


#: Words right before a number of people that make it a capacity, not a count ("a capacity
#: of 30", "capacidad para 40", "вместимостью 30 человек", "可容纳30人"): one or two per
#: language family.
CAPACITY_BEFORE = (
    "capacity", "capacité", "capacidad", "capacidade", "capienza", "capacitat", "kapazität",
    "fassungsvermögen", "capaciteit", "kapacitet", "pojemność", "kapacita", "вместим",
    "місткіст", "kapasite", "sığım", "kapasitas", "sức chứa", "容纳", "容納", "收容", "収容",
    "수용", "سعة", "ظرفیت", "גודל", "क्षमता", "ক্ষমতা", "χωρητικότητα")

#: Words in a number's clause that make it a number of people who signed up, not of those
#: who came ("45 people registered and 30 attended", "Angemeldet hatten sich 21 Leute",
#: "зарегистрировались 36 человек"): the verbs and nouns of signing up, one or two per
#: language; "registered" alone is also Wikipedia's word for an account ("14 registered
#: users"), which REGISTERED_ACCOUNTS after it tells apart.
REGISTERED: tuple[str, ...] = (
    "registered", "registration", "signed up", "sign-up", "signups", "rsvp", "inscrit",
    "inscription", "inscrib", "inscrição", "inscrições", "registrad", "registrou", "apuntad",
    "iscritt", "iscrizion", "angemeldet", "anmeldung", "aangemeld", "aanmelding",
    "ingeschreven", "anmäl", "tilmeld", "påmeld", "ilmoittautu", "regisztrál", "jelentkez",
    "înscri", "εγγραφ", "zarejestrow", "zapisał", "zapisan", "zgłosi", "zgłosz", "přihlás",
    "přihláš", "registrov", "зарегистрир", "записал", "регистрац", "зареєстр", "реєстрац",
    "kayıt", "kaydol", "mendaftar", "terdaftar", "pendaftar", "đăng ký", "报名", "報名",
    "注册", "登记", "申し込", "申込", "登録", "신청", "등록", "سجّل", "سجل", "مسجل", "التسجيل",
    "ثبت‌نام", "ثبت نام", "पंजीकरण", "पंजीकृत", "jiandikisha")

#: The decimal mark's name, as voice typing writes what is said between a number's whole
#: and its hundredths (`287 virgule 60 €`, `12 Komma 50 Euro`, `45 point 20 dollars`).
DECIMAL_WORDS: tuple[str, ...] = (
    "virgule", "komma", "comma", "coma", "vírgula", "virgola", "virgulă", "запятая", "кома",
    "кома", "przecinek", "čárka", "pilkku", "vessző", "koma", "phẩy", "point", "punto", "ponto",
    "nokta", "فاصله", "فاصلة")

#: Words of an earlier meeting ("last time", "l'altra volta", "前回"): a sentence that begins
#: with one before its first number tells of that meeting ("l'altra volta eravamo 8"), not of
#: the salon. One to three per language, as its speakers say "last time" and "previous".
PREVIOUS: tuple[str, ...] = (
    "last time", "previous", "last meeting", "last salon", "the time before",
    # the group's first meeting, another than the salon (`there were nine of us at the first
    # meetup`, `Our first meeting, at Ayscoughfee Hall last autumn, was 7 people`)
    "first meeting", "first meetup",
    "la dernière fois", "la fois précédente", "la fois dernière", "précédent",
    "la vez anterior", "la última vez", "la vez pasada", "da última vez", "na vez anterior",
    "l'altra volta", "la volta scorsa", "l'ultima volta", "precedente", "letztes mal",
    "beim letzten", "vorig", "das letzte mal", "vorige keer", "в прошлый раз", "предыдущ",
    "минулого разу", "попередн", "ostatnio", "poprzedni", "ostatnim razem", "minule",
    "předchozí", "posledně", "geçen sefer", "önceki", "sebelumnya", "terakhir kali",
    "lần trước", "上次", "上一次", "前回", "지난번", "이전", "المرة السابقة", "المرة الماضية",
    "دفعه قبل", "دفعه پیش", "पिछली बार", "förra gången", "föregående", "sidste gang",
    "forrige", "viime kerralla", "edellise", "legutóbb", "előző", "múltkor", "data trecută",
    "ultima dată", "προηγούμεν", "την τελευταία φορά", "mara iliyopita", "গতবার",
    "בפעם הקודמת",
    # the adjective "last, past" before a meeting (`На нашей прошлой встрече`, `Praėjusį
    # rudenį`), whole forms where the verb "took place" shares the stem (`встреча прошла`)
    "прошлый", "прошлой", "прошлом", "прошлого", "прошлую", "минулої", "минулому", "praėjus",
    "pagājuš", "iepriekšēj", "eelmis")

#: Words beside a word of REGISTERED that make it an account's (Wikipedia's "registered
#: users", "contributeurs inscrits", "usuarios registrados", "зареєстрованих користувачів"),
#: no sign-up for the salon: the words for a user, an account, an editor or contributor, a
#: member, one or two per language.
REGISTERED_ACCOUNTS = (
    "user", "editor", "wikipedian", "account", "contributor", "member", "utilisateur",
    "contributeur", "compte", "wikipédien", "membre", "usuari", "cuenta", "wikipedista",
    "colaborador", "miembro", "utilizador", "conta", "membro", "utent", "benutzer", "konto",
    "autor", "mitglied", "користувач", "обліков", "дописувач", "пользовател", "учётн",
    "аккаунт", "редактор", "википедист", "вікіпедист", "użytkownik", "uživatel", "účet",
    "gebruiker", "kullanıcı", "hesap", "pengguna", "akun", "người dùng", "tài khoản", "用户",
    "用戶", "账号", "帳號", "利用者", "アカウント", "사용자", "계정", "مستخدم", "المستخدم", "حساب", "محرر",
    "المحرر", "کاربر",
    "उपयोगकर्ता", "सदस्य", "खाता")

#: Words that make a date in their sentence the one a salon was first planned for, not the day
#: it was held, on a page that tells of a change (CHANGED): "was planned for", "originally",
#: "scheduled".
SCHEDULED: tuple[str, ...] = (
    "planned", "scheduled", "originally", "initially", "was to be held", "was due",
    "previst", "programad", "convocad", "inicialmente", "originalmente", "marcad", "agendad",
    "prévu", "initialement", "programmé", "programmat", "inizialmente", "fissat",
    "geplant", "ursprünglich", "angesetzt", "vorgesehen", "gepland", "oorspronkelijk",
    "aanvankelijk", "planerad", "ursprungligen", "planlagt", "opprinnelig", "oprindelig",
    "planowan", "zaplanowan", "pierwotnie", "miał się odbyć", "miało się odbyć", "plánován",
    "původně", "chystali", "pôvodne", "планировал", "заплан", "назначен", "сначала",
    "первоначально", "изначально", "планувал", "призначен", "спочатку", "спершу",
    "початково", "planla", "başlangıçta", "tervezett", "eredetileg", "terveztük",
    "είχε οριστεί", "αρχικά", "προγραμματισ", "planificat", "programat", "inițial",
    "dijadwalkan", "semula", "awalnya", "direncanakan", "dirancang", "dự kiến", "lên lịch",
    "ban đầu", "原定", "原计划", "原計劃", "预定", "預定", "予定", "当初", "예정", "처음에는",
    "원래", "المقرر", "كان مقرر", "الأصلي", "قرار بود", "תוכנן", "במקור", "היה אמור", "निर्धारित",
    "নির্ধারিত", "เดิม", "กำหนดไว้", "awali", "ilipangwa", "tulipanga")

#: Words that tell of a salon moved to another day: postponed, moved, cancelled, a new date.
CHANGED: tuple[str, ...] = (
    "postpone", "reschedul", "moved", "cancel", "aplaz", "ajorn", "pospus", "posterg", "traslad",
    "adiad", "remarc", "reporté", "décalé", "annulé", "rinviat", "rimandat", "spostat",
    "annullat", "verschob", "verschieb", "verlegt", "abgesagt", "uitgesteld", "verplaatst",
    "afgelast", "flyttade", "flyttad", "uppskjut", "inställd", "utsatt", "flyttet", "avlyst",
    "aflyst", "przełoż", "przenieśli", "przeniesion", "odwołan", "odlož", "přelož", "přesun",
    "zrušil", "zrušen", "posun", "перенес", "перенос", "отмен", "скасов", "ertele", "iptal",
    "elhalaszt", "halaszt", "áthelyez", "lemond", "αναβ", "μεταφέρθηκε", "ακυρώθηκε", "amân",
    "anulat", "tunda", "ditunda", "diundur", "dibatalkan", "dipindah", "hoãn", "dời", "hủy",
    "延期", "改期", "推迟", "推遲", "取消", "変更", "中止", "연기", "변경", "취소", "تأجيل",
    "تأجل", "أجلنا", "إلغاء", "تعویق", "لغو", "נדחה", "נדחתה", "דחינו", "בוטל", "स्थगित",
    "रद्द", "স্থগিত", "বাতিল", "เลื่อน", "ยกเลิก", "ahirish")

#: Labels of the day a moved salon was held on: "new date".
NEW_DATE: tuple[str, ...] = (
    "new date", "change of date", "is now on", "nueva fecha", "nouvelle date", "neuer termin",
    "neues datum", "nuova data",
    "nova data", "nieuwe datum", "nytt datum", "ny dato", "nowy termin", "nowa data",
    "nový termín", "nové datum", "новая дата", "нова дата", "yeni tarih", "új időpont",
    "új dátum", "νέα ημερομηνία", "noua dată", "nouă dată", "tanggal baru", "ngày mới",
    "新日期", "改期后", "改期後", "変更後", "新しい日程", "변경된 날짜", "새 날짜",
    "موعد جديد", "التاريخ الجديد", "تاریخ جدید", "מועד חדש", "תאריך חדש", "नई तारीख",
    "নতুন তারিখ", "วันใหม่", "tarehe mpya")

#: Names of a currency's minor unit (CLDR names none), as a word's beginning: a number of
#: at most as many digits as CLDR gives its currency decimals, with one of them right after
#: an amount ("9 062 руб. 40 коп.", "68 ريالًا و400 بيسة"), is that many hundredths (or
#: thousandths) of its currency.
MINOR_UNITS: tuple[str, ...] = ("cent", "céntimo", "centavo", "centesim", "centim", "kopeck",
                                "kopek", "kopiej", "kopijk", "коп", "pence",
                                "penny", "paisa", "paise", "पैसे", "पैसा", "fils", "فلس",
                                "kuruş", "grosz", "groszy", "haléř", "halier", "tiyin",
                                "тийин", "тиын", "bani", "stotink", "стотинк", "lipa",
                                "öre", "øre", "satang", "สตางค์", "kobo", "pesewa", "ngwee",
                                "santīm", "sentti", "fillér", "halala", "هلل",
                                "poisha", "পয়সা",
                                # the euro's cent in Greek (λεπτό, λεπτά)
                                "λεπτ",
                                # the birr's and the nakfa's santim (am, ti, om)
                                "santim", "ሳንቲም", "saantima",
                                # thousandths: the Omani rial's baisa, the Tunisian dinar's
                                # millime
                                "baisa", "baiza", "بيس", "millime", "مليم")

#: Names of a tenth of a currency (CLDR names none): the yuan's jiao (`1,498元5角` is 1498.5
#: yuan; also called 毛).
TENTHS: tuple[str, ...] = ("角", "毛")

#: The initial mutations of the Celtic languages: a word's first letter (or letters) changes
#: after certain words (Welsh `Mawrth`, March, is `o Fawrth`, of March; Scottish Gaelic
#: `Màrt` is `den Mhàrt`), so a month's name is also read in its mutated forms. Each rule is
#: (the beginning, what it becomes), the longest beginning of a name applying; a beginning
#: that is a letter of its own changes as its rules say (Welsh `ch`, `ll`, `rh` are letters,
#: `c`'s rules are not theirs). "" is a name beginning with a vowel.
_LENITION = tuple((letter, letter + "h") for letter in "bcdfgmpst")
MUTATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    # Welsh: soft, nasal and aspirate mutations
    "cy": (("p", "b"), ("t", "d"), ("c", "g"), ("b", "f"), ("d", "dd"), ("g", ""), ("m", "f"),
           ("ll", "l"), ("rh", "r"), ("p", "mh"), ("t", "nh"), ("c", "ngh"), ("b", "m"),
           ("d", "n"), ("g", "ng"), ("p", "ph"), ("t", "th"), ("c", "ch"), ("ch", "ch"),
           ("dd", "dd"), ("ff", "ff"), ("ng", "ng"), ("ph", "ph"), ("th", "th")),
    # Breton: soft, spirant and hard mutations
    "br": (("k", "g"), ("t", "d"), ("p", "b"), ("g", "c'h"), ("gw", "w"), ("b", "v"),
           ("m", "v"), ("d", "z"), ("k", "c'h"), ("t", "z"), ("p", "f"), ("b", "p"),
           ("d", "t"), ("g", "k"), ("c'h", "c'h")),
    # Irish: lenition and eclipsis, and the n- and h- before a vowel
    "ga": _LENITION + (("b", "mb"), ("c", "gc"), ("d", "nd"), ("f", "bhf"), ("g", "ng"),
                       ("p", "bp"), ("t", "dt"), ("", "n"), ("", "h"), ("", "t")),
    # Scottish Gaelic: lenition
    "gd": _LENITION,
}

#: The eras of the Japanese calendar (ja) around 2019, by the Gregorian year of their first
#: year ("元年"): 平成31年 is 2019 until 30 April, 令和元年 from 1 May.
ERAS = {"令和": 2019, "平成": 1989}

#: The Latin initials of those eras, as Japanese forms abbreviate a date ("H31.3.16" is 平成31年3
#: 月16日, 2019-03-16; "R1.5.4" is 令和元年5月4日).
ERA_INITIALS = {"R": "令和", "H": "平成"}

#: Words of a table's column header that make its amounts a plan or a budget, not what was
#: spent ("Planned", "Budget", "Estimated"): in a table with two amount columns, the other
#: one is what was spent.
PLANNED: tuple[str, ...] = ("plan", "planned", "budget", "budgeted", "estimat", "forecast", "requested",
           "prévu", "prévisionnel", "geplant", "veranschlagt", "previsto", "presupuest",
           "begroot",
           "orçad", "planowan", "заплан", "план", "бюджет", "الميزانية", "مخطط", "برنامه",
           "बजट", "अनुमानित", "予定", "予算", "計画", "计划", "预算", "預算", "예산", "계획",
           "dự kiến", "rencana", "anggaran", "perancangan", "makadirio", "planlanan",
           "bütçe", "budżet",
           # Bengali spells the budget otherwise than Devanagari does
           "বাজেট")


# ---- the Brahmic scripts -------------------------------------------------------------------

#: Unicode lays out the Brahmic scripts of India alike, Devanagari's letter at 0x0915 is
#: Bengali's at 0x0995, Gujarati's at 0x0A95 ...: a word written in Devanagari above (खर्च,
#: spent; कुल, total; लगभग, about) is also read as written letter for letter in the scripts of
#: Gujarati, Gurmukhi, Bengali, Odia, Tamil, Telugu, Kannada and Malayalam (where each of its
#: letters exists there). The languages of those scripts share those words (Sanskrit and
#: Hindustani loans): खर्च is ખર્ચ in Gujarati, খরচ in Bengali ...
BRAHMIC_OFFSETS = (0x80, 0x100, 0x180, 0x200, 0x280, 0x300, 0x380, 0x400)


def _in_brahmic_scripts(table: tuple[str, ...]) -> tuple[str, ...]:
    import unicodedata

    out: list[str] = []
    for word in table:
        if not any(0x0900 <= ord(character) <= 0x097F for character in word):
            continue
        for offset in BRAHMIC_OFFSETS:
            moved = "".join(chr(ord(character) + offset) if 0x0900 <= ord(character) <= 0x097F
                            else character for character in word)
            if all(unicodedata.name(character, "") for character in moved) \
                    and moved not in table:
                out.append(moved)
    return tuple(dict.fromkeys(out))


TOTALS = TOTALS + _in_brahmic_scripts(TOTALS)
#: The words of TOTALS that total an amount.
AMOUNT_TOTALS: tuple[str, ...] = tuple(word for word in TOTALS if word not in WE_WERE)
PEOPLE = PEOPLE + _in_brahmic_scripts(PEOPLE)
SPENT = SPENT + _in_brahmic_scripts(SPENT)
GRANT = GRANT + _in_brahmic_scripts(GRANT)
OTHER_AMOUNT = OTHER_AMOUNT + _in_brahmic_scripts(OTHER_AMOUNT)
APPROXIMATE = APPROXIMATE + _in_brahmic_scripts(APPROXIMATE)
BOUNDS = BOUNDS + _in_brahmic_scripts(BOUNDS)
PLANNED = PLANNED + _in_brahmic_scripts(PLANNED)
SCHEDULED = SCHEDULED + _in_brahmic_scripts(SCHEDULED)
CHANGED = CHANGED + _in_brahmic_scripts(CHANGED)
NEW_DATE = NEW_DATE + _in_brahmic_scripts(NEW_DATE)
