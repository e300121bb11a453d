#include "foreign_lexicon.h"

#include <array>

namespace newsarchive::temporal::detail {
namespace {

using enum DateGranularity;
using W = std::string_view;

constexpr RelativePhrase kFrenchRelative[] = {
    {"avant hier", kDay, -2},
    {"après demain", kDay, 2},
    {"hier soir", kDay, -1},
    {"hier", kDay, -1},
    {"aujourd hui", kDay, 0},
    {"ce matin", kDay, 0},
    {"ce soir", kDay, 0},
    {"demain", kDay, 1},
    {"la semaine dernière", kWeek, -1},
    {"la semaine passée", kWeek, -1},
    {"la semaine prochaine", kWeek, 1},
    {"cette semaine", kWeek, 0},
    {"le mois dernier", kMonth, -1},
    {"le mois passé", kMonth, -1},
    {"le mois prochain", kMonth, 1},
    {"ce mois ci", kMonth, 0},
    {"l année dernière", kYear, -1},
    {"l an dernier", kYear, -1},
    {"l année passée", kYear, -1},
    {"l année prochaine", kYear, 1},
    {"l an prochain", kYear, 1},
    {"cette année", kYear, 0},
};
constexpr W kFrenchMonthContext[] = {"en",    "début",   "fin",   "mi",    "depuis", "dès",
                                     "jusqu", "courant", "avant", "après", "mois"};
constexpr W kFrenchYearContext[] = {"en",  "depuis", "dès",   "jusqu", "début",
                                    "fin", "mi",     "avant", "après", "année"};
constexpr W kFrenchLinkers[] = {"de"};
constexpr W kFrenchLast[] = {"dernier", "dernière", "passé", "passée"};
constexpr W kFrenchNext[] = {"prochain", "prochaine"};
constexpr W kFrenchFuture[] = {"sera",  "seront",  "aura",    "auront",    "va",        "vont",
                               "prévu", "prévue",  "prévus",  "prévues",   "doit",      "doivent",
                               "devra", "devront", "devrait", "programmé", "programmée"};
constexpr W kFrenchFutureEndings[] = {"era", "eront", "ira", "iront", "dra", "dront"};
constexpr W kFrenchPast[] = {"a",       "ont", "avait",  "avaient", "était",
                             "étaient", "fut", "furent", "depuis"};

constexpr RelativePhrase kSpanishRelative[] = {
    {"anteayer", kDay, -2},
    {"antes de ayer", kDay, -2},
    {"pasado mañana", kDay, 2},
    {"ayer", kDay, -1},
    {"hoy", kDay, 0},
    {"esta mañana", kDay, 0},
    {"esta noche", kDay, 0},
    {"mañana", kDay, 1},
    {"la semana pasada", kWeek, -1},
    {"la próxima semana", kWeek, 1},
    {"la semana que viene", kWeek, 1},
    {"esta semana", kWeek, 0},
    {"el mes pasado", kMonth, -1},
    {"el próximo mes", kMonth, 1},
    {"el mes que viene", kMonth, 1},
    {"este mes", kMonth, 0},
    {"el año pasado", kYear, -1},
    {"el próximo año", kYear, 1},
    {"el año que viene", kYear, 1},
    {"este año", kYear, 0},
};
constexpr W kSpanishMonthContext[] = {"en",       "desde",   "hasta",     "principios", "finales",
                                      "mediados", "inicios", "comienzos", "mes",        "primeros"};
constexpr W kSpanishYearContext[] = {"en",         "desde",   "hasta",    "año",
                                     "principios", "finales", "mediados", "inicios"};
constexpr W kSpanishLinkers[] = {"de", "del"};
constexpr W kSpanishLast[] = {"pasado", "pasada"};
constexpr W kSpanishNext[] = {"próximo", "próxima"};
constexpr W kSpanishFuture[] = {"será",     "serán",     "va",        "van",    "prevé", "previsto",
                                "prevista", "previstos", "previstas", "tendrá", "habrá", "deberá"};
constexpr W kSpanishFutureEndings[] = {"rá", "rán"};
constexpr W kSpanishPast[] = {"fue", "fueron", "ha", "han", "había", "habían", "desde"};
constexpr W kSpanishPastEndings[] = {"ó", "aron", "ieron"};

constexpr RelativePhrase kPortugueseRelative[] = {
    {"anteontem", kDay, -2},
    {"depois de amanhã", kDay, 2},
    {"ontem", kDay, -1},
    {"hoje", kDay, 0},
    {"amanhã", kDay, 1},
    {"a semana passada", kWeek, -1},
    {"na semana passada", kWeek, -1},
    {"na próxima semana", kWeek, 1},
    {"a próxima semana", kWeek, 1},
    {"esta semana", kWeek, 0},
    {"nesta semana", kWeek, 0},
    {"o mês passado", kMonth, -1},
    {"no mês passado", kMonth, -1},
    {"no próximo mês", kMonth, 1},
    {"o próximo mês", kMonth, 1},
    {"este mês", kMonth, 0},
    {"o ano passado", kYear, -1},
    {"no ano passado", kYear, -1},
    {"no próximo ano", kYear, 1},
    {"o próximo ano", kYear, 1},
    {"este ano", kYear, 0},
    {"neste ano", kYear, 0},
};
constexpr W kPortugueseMonthContext[] = {"em",     "desde", "até", "início",   "fim",
                                         "meados", "final", "mês", "princípio"};
constexpr W kPortugueseYearContext[] = {"em",  "desde", "até",    "ano",      "início",
                                        "fim", "final", "meados", "princípio"};
constexpr W kPortugueseLinkers[] = {"de", "do"};
constexpr W kPortugueseLast[] = {"passado", "passada", "último", "última"};
constexpr W kPortugueseNext[] = {"próximo", "próxima"};
constexpr W kPortugueseFuture[] = {"será",   "serão", "vai",   "vão",     "prevista", "previsto",
                                   "deverá", "deve",  "devem", "deverão", "marcado",  "marcada"};
constexpr W kPortugueseFutureEndings[] = {"rá", "rão"};
constexpr W kPortuguesePast[] = {"foi", "foram", "tinha", "tinham", "desde"};
constexpr W kPortuguesePastEndings[] = {"ou", "eu", "iu", "aram", "eram", "iram"};

constexpr RelativePhrase kItalianRelative[] = {
    {"l altro ieri", kDay, -2},
    {"altroieri", kDay, -2},
    {"dopodomani", kDay, 2},
    {"ieri sera", kDay, -1},
    {"ieri", kDay, -1},
    {"oggi", kDay, 0},
    {"stamattina", kDay, 0},
    {"stasera", kDay, 0},
    {"domani", kDay, 1},
    {"la settimana scorsa", kWeek, -1},
    {"la scorsa settimana", kWeek, -1},
    {"la prossima settimana", kWeek, 1},
    {"la settimana prossima", kWeek, 1},
    {"questa settimana", kWeek, 0},
    {"il mese scorso", kMonth, -1},
    {"lo scorso mese", kMonth, -1},
    {"il prossimo mese", kMonth, 1},
    {"il mese prossimo", kMonth, 1},
    {"questo mese", kMonth, 0},
    {"l anno scorso", kYear, -1},
    {"lo scorso anno", kYear, -1},
    {"l anno prossimo", kYear, 1},
    {"il prossimo anno", kYear, 1},
    {"quest anno", kYear, 0},
};
constexpr W kItalianMonthContext[] = {"a",    "in",    "da",   "fino", "inizio", "fine",
                                      "metà", "entro", "mese", "di",   "dal",    "al"};
constexpr W kItalianYearContext[] = {"nel",    "dal",  "al",   "entro", "anno",
                                     "inizio", "fine", "metà", "fino",  "del"};
constexpr W kItalianLinkers[] = {"di", "del"};
constexpr W kItalianLast[] = {"scorso", "scorsa"};
constexpr W kItalianNext[] = {"prossimo", "prossima"};
constexpr W kItalianFuture[] = {"sarà",     "saranno", "previsto", "prevista",
                                "previsti", "dovrà",   "dovranno", "dovrebbe"};
constexpr W kItalianFutureEndings[] = {"rà", "ranno"};
constexpr W kItalianPast[] = {"ha",      "hanno", "era",   "erano", "aveva",
                              "avevano", "fu",    "stato", "stata", "dal"};

constexpr RelativePhrase kGermanRelative[] = {
    {"vorgestern", kDay, -2},
    {"übermorgen", kDay, 2},
    {"gestern abend", kDay, -1},
    {"gestern", kDay, -1},
    {"heute morgen", kDay, 0},
    {"heute abend", kDay, 0},
    {"heute", kDay, 0},
    {"morgen", kDay, 1},
    {"letzte woche", kWeek, -1},
    {"vergangene woche", kWeek, -1},
    {"vergangener woche", kWeek, -1},
    {"nächste woche", kWeek, 1},
    {"kommende woche", kWeek, 1},
    {"kommender woche", kWeek, 1},
    {"diese woche", kWeek, 0},
    {"dieser woche", kWeek, 0},
    {"letzten monat", kMonth, -1},
    {"vergangenen monat", kMonth, -1},
    {"im vergangenen monat", kMonth, -1},
    {"nächsten monat", kMonth, 1},
    {"kommenden monat", kMonth, 1},
    {"diesen monat", kMonth, 0},
    {"letztes jahr", kYear, -1},
    {"im vergangenen jahr", kYear, -1},
    {"vergangenes jahr", kYear, -1},
    {"im letzten jahr", kYear, -1},
    {"nächstes jahr", kYear, 1},
    {"im kommenden jahr", kYear, 1},
    {"kommendes jahr", kYear, 1},
    {"im nächsten jahr", kYear, 1},
    {"dieses jahr", kYear, 0},
    {"in diesem jahr", kYear, 0},
};
constexpr W kGermanMonthContext[] = {"im",  "seit", "bis",   "anfang", "ende", "mitte",
                                     "vom", "ab",   "monat", "zum",    "bis",  "von"};
constexpr W kGermanYearContext[] = {"im", "jahr", "seit", "bis", "anfang", "ende", "mitte", "ab"};
constexpr W kGermanLinkers[] = {"des"};
constexpr W kGermanLast[] = {"letzten", "vergangenen", "vorigen", "letzter", "vergangener"};
constexpr W kGermanNext[] = {"nächsten", "kommenden", "nächster", "kommender"};
constexpr W kGermanFuture[] = {
    "wird",           "werden",    "soll",     "sollen", "geplant", "voraussichtlich",
    "bevorstehenden", "kommenden", "nächsten", "will",   "wollen"};
constexpr W kGermanPast[] = {"hat",   "haben", "hatte",  "hatten", "war",
                             "waren", "wurde", "wurden", "seit"};

constexpr RelativePhrase kRussianRelative[] = {
    {"позавчера", kDay, -2},
    {"послезавтра", kDay, 2},
    {"вчера", kDay, -1},
    {"сегодня", kDay, 0},
    {"завтра", kDay, 1},
    {"на прошлой неделе", kWeek, -1},
    {"на следующей неделе", kWeek, 1},
    {"на этой неделе", kWeek, 0},
    {"в прошлом месяце", kMonth, -1},
    {"в следующем месяце", kMonth, 1},
    {"в этом месяце", kMonth, 0},
    {"в прошлом году", kYear, -1},
    {"в следующем году", kYear, 1},
    {"в этом году", kYear, 0},
};
constexpr W kRussianMonthContext[] = {"в",     "во",       "с",      "до", "начале",
                                      "конце", "середине", "месяце", "к",  "по"};
constexpr W kRussianYearContext[] = {"в", "с", "до", "к", "начале", "конце", "середине"};
constexpr W kRussianYearAfter[] = {"году", "года", "год", "г"};
constexpr W kRussianLast[] = {"прошлый", "прошлую", "прошлое", "прошлом", "прошедший"};
constexpr W kRussianNext[] = {"следующий", "следующую", "следующее",
                              "ближайший", "ближайшую", "ближайшее"};
constexpr W kRussianFuture[] = {
    "будет",         "будут",     "состоится", "пройдёт",  "пройдет",      "пройдут",
    "планируется",   "намечено",  "намечен",   "намечена", "запланирован", "запланировано",
    "запланирована", "откроется", "начнётся",  "начнется", "ожидается",    "должен",
    "должна",        "должно",    "должны"};
constexpr W kRussianPast[] = {"был", "была", "было", "были", "с"};
constexpr W kRussianPastEndings[] = {"ил", "ила", "или", "ал", "ала", "али",
                                     "ел", "ела", "ели", "ыл", "ыла", "ыли"};

constexpr std::array kLexicons{
    ForeignLexicon{"fr",
                   kFrenchRelative,
                   kFrenchMonthContext,
                   kFrenchYearContext,
                   {},
                   kFrenchLinkers,
                   kFrenchLast,
                   kFrenchNext,
                   kFrenchFuture,
                   kFrenchFutureEndings,
                   kFrenchPast,
                   {},
                   false},
    ForeignLexicon{"es",
                   kSpanishRelative,
                   kSpanishMonthContext,
                   kSpanishYearContext,
                   {},
                   kSpanishLinkers,
                   kSpanishLast,
                   kSpanishNext,
                   kSpanishFuture,
                   kSpanishFutureEndings,
                   kSpanishPast,
                   kSpanishPastEndings,
                   false},
    ForeignLexicon{"pt",
                   kPortugueseRelative,
                   kPortugueseMonthContext,
                   kPortugueseYearContext,
                   {},
                   kPortugueseLinkers,
                   kPortugueseLast,
                   kPortugueseNext,
                   kPortugueseFuture,
                   kPortugueseFutureEndings,
                   kPortuguesePast,
                   kPortuguesePastEndings,
                   false},
    ForeignLexicon{"it",
                   kItalianRelative,
                   kItalianMonthContext,
                   kItalianYearContext,
                   {},
                   kItalianLinkers,
                   kItalianLast,
                   kItalianNext,
                   kItalianFuture,
                   kItalianFutureEndings,
                   kItalianPast,
                   {},
                   false},
    ForeignLexicon{"de",
                   kGermanRelative,
                   kGermanMonthContext,
                   kGermanYearContext,
                   {},
                   kGermanLinkers,
                   kGermanLast,
                   kGermanNext,
                   kGermanFuture,
                   {},
                   kGermanPast,
                   {},
                   true},
    ForeignLexicon{"ru",
                   kRussianRelative,
                   kRussianMonthContext,
                   kRussianYearContext,
                   kRussianYearAfter,
                   {},
                   kRussianLast,
                   kRussianNext,
                   kRussianFuture,
                   {},
                   kRussianPast,
                   kRussianPastEndings,
                   false},
};

}  // namespace

const ForeignLexicon* foreign_lexicon(std::string_view language) {
  for (const auto& l : kLexicons)
    if (l.language == language) return &l;
  return nullptr;
}

}  // namespace newsarchive::temporal::detail
