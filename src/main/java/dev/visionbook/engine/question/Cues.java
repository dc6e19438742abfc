package dev.visionbook.engine.question;

import java.util.regex.Pattern;

/**
 * The grammatical signs of each question form, on regular text (see {@link Words#regular}):
 * interrogatives, the verbs of requests and the nouns of answer formats, never names of sample
 * media. {@link QuestionReader} tries them in order of specificity.
 */
final class Cues {

    private Cues() {
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex);
    }

    static final Pattern CREATIVE = p("\\b(poems?|poetry|haikus?|limericks?|sonnets?|songs?|lyrics|jingles?|raps?"
            + "|stor(y|ies)|tales?|jokes?|puns?|riddles?|slogans?|taglines?|tweets?|adverts?|advertisements?"
            + "|commercials?|screenplays?|scripts?|essays?|fan ?fiction|backstory|nicknames?|names? for"
            + "|limerick|rhymes?|verses?|fable|bedtime)\\b|\\bgive (it|this|that|them|the \\w+|this \\w+|that \\w+)"
            + " an? (nick)?name\\b|\\bname (it|this|him|her|them)\\b|\\b(come up with|make up|invent|imagine|pretend"
            + "|role-?play|brainstorm|rewrite|rephrase|what if)\\b|\\b(funny|humou?rous|creative|witty|silly|cute)\\b"
            + "|\\bwrite (a|an|me|some|something)\\b(?! ?(short |brief |detailed |one-line |)(description|caption"
            + "|summary|transcript|list|alt))");
    static final Pattern TRANSLATE = p("\\btranslat\\w*|\\b(in|into|to) (english|french|spanish|german|italian"
            + "|portuguese|chinese|mandarin|japanese|korean|russian|arabic|hindi|dutch|swedish|polish|turkish|greek"
            + "|latin|hebrew|vietnamese|thai|indonesian)\\b");
    static final Pattern LANGUAGE = p("\\b(english|french|spanish|german|italian|portuguese|chinese|mandarin"
            + "|japanese|korean|russian|arabic|hindi|dutch|swedish|polish|turkish|greek|latin|hebrew|vietnamese"
            + "|thai|indonesian)\\b");
    static final Pattern TRANSCRIBE = p("\\btranscri\\w*|\\bsubtitles?\\b|\\bclosed captions?\\b|\\bwhat (is|was)"
            + " (being )?(said|spoken|talked about)\\b|\\bwhat (do|does|did) (they|he|she|people|anyone|someone|the"
            + " (narrator|speaker|voice|man|woman|person|people|host|presenter|reader))( \\w+)? (say|said|talk"
            + " about|speak about)\\b|\\bwhat (the|this|that) (narrator|speaker|voice|man|woman|person|people|host"
            + "|presenter|reader)( \\w+)? (says|said|is saying)\\b|\\bspeech\\b|\\bspoken\\b|\\bdialog(ue)?\\b|\\bnarrat\\w*|\\bwords (are|were)"
            + " (spoken|said)\\b|\\b(hear|heard|listen)\\b|\\bsaid\\b|\\bwhat (are|were) they saying\\b"
            + "|\\b(the|this) (audio|sound|soundtrack|recording)\\b");
    static final Pattern VISUAL = p("\\bvisual\\w*|\\bwhat is shown\\b|\\bdescri\\w*|\\bwhat (we|you) see\\b"
            + "|\\bon screen\\b|\\bscenes?\\b|\\bshots?\\b");
    static final Pattern SCENES = p("\\b(scene|shot|camera|slide) ?(changes?|cuts?|transitions?|switch\\w*"
            + "|boundaries)\\b|\\b(cuts|transitions)\\b|\\bhow many (scenes|shots|cuts|slides)\\b|\\blist (the |all"
            + " the |all )?(scenes|shots|slides)\\b|\\bwhen does (the )?(scene|shot|picture|image|slide|view)"
            + " change\\b|\\b(scenes|shots|slides) (are|does|do|in)\\b|\\b(split|break|divide|cut|segment)\\b.*\\b(into|by)"
            + " (its |the |separate )?(shots|scenes|slides)\\b|\\b(scene|shot) (breakdown|list)\\b"
            + "|\\bbreak (it |this |the \\w+ )?down\\b.*\\b(scenes|shots)\\b");
    static final Pattern SUMMARY = p("\\bsummar\\w*|\\brecap\\b|\\boverview\\b|\\bwhat (happens|is happening"
            + "|goes on|is going on|happened)\\b|\\bwhat is (this|the|it) (video|clip|recording|audio)? ?about\\b"
            + "|\\btl;? ?dr\\b|\\bgist\\b|\\b(describe|explain) (the|this) (video|clip|footage|recording)\\b"
            + "|\\bmain (points|ideas|events)\\b|\\bkey (points|moments|events)\\b|\\bquiz\\b");
    static final Pattern COMPARE = p("\\bcompar\\w*|\\bdiffer\\w*|\\bsimilar\\w*|\\bsame\\b|\\bcontrast\\b"
            + "|\\bin common\\b|\\bversus\\b|\\bvs\\.?\\b|\\bboth\\b|\\bwhich (one|image|photo|picture|of)\\b"
            + "|\\bmatch\\w*\\b|\\balike\\b|\\bchanged?\\b");
    static final Pattern SEGMENT = p("\\bsegment\\w*|\\bmasks?\\b|\\bcut ?out\\b|\\bsilhouettes?\\b");
    static final Pattern POINT = p("\\bpoint (to|at|out)\\b|\\bpoints? (for|of|on|at)\\b|\\bcent(re|er) points?\\b"
            + "|\\bpoint_2d\\b|\\[y, ?x\\]|\\bpoint coordinates\\b|\\b(a|one|single) (\\w+ )?point\\b|\\bas (a )?points?\\b");
    static final Pattern LOCATE = p("bounding box|box_2d|\\[ymin|\\bymin\\b|\\bbox(es)? (around|for|of|on"
            + "|each|every|all|the)\\b|\\bbox (it|them)\\b|\\bdetect\\w*|\\blocat\\w*|\\bwhere\\b|\\bpositions?"
            + " of\\b|\\bcoordinates?\\b|\\bfind (the|all|every|each|any|me)\\b|\\bmark (the|all|every|each)\\b"
            + "|\\bhighlight\\b|\\bcircle (the|all|every|each)\\b|\\bdraw (a |the )?box|\\boutline (the|all|every"
            + "|each)\\b|\\bwhich (side|part|corner|half)\\b|\\b(left|right) or (left|right)\\b"
            + "|\\b(top|bottom) or (top|bottom)\\b|\\bspot (the|all)\\b|\\bin which (part|corner|half)\\b");
    static final Pattern PLACE_TAKEN = p("\\bwhere (was|is|were) (this|it|that|the (photo|picture|image|video))"
            + " (taken|shot|filmed|made|from|located)\\b|\\bwhere is this\\b\\??$|\\bwhat (city|place|country|location)\\b");
    static final Pattern COUNT = p("\\bhow many\\b|\\bcount\\w*\\b|\\bnumber of\\b|\\btally\\b|\\bquantity of\\b"
            + "|\\benumerate\\b");
    static final Pattern PRESENCE = p("^(is|are) there\\b|\\b(is|are) there (a|an|any|some|more|two|three|\\w+s)\\b"
            + "|\\b(do|can|could) (you|i|we) (see|spot|find|notice|detect)\\b|\\bdoes (it|this|that|the (image|photo"
            + "|picture|frame|video|drawing|clip|scene)) (contain|have|show|include|feature|depict)\\b|\\bdo (the|these"
            + "|those) (images|photos|pictures) (contain|have|show|include)\\b|^(is|are) (this|that|it|these|those)"
            + " (a|an|some|the)?\\b|\\b(any|anything|anyone|anybody|someone|somebody) (in|here|visible|present"
            + "|there)\\b|\\b(is|are) (a|an|any|some) \\w+( \\w+)? (in|visible|present|shown|here|there|on)\\b"
            + "|\\bpresence of\\b|\\bis (it|this|that) (showing|depicting)\\b");
    static final Pattern COLOUR = p("\\bcolours?\\b|\\bwhat shade\\b|\\bhues?\\b|\\bcolou?red\\b");
    static final Pattern SHARPNESS = p("\\bblurr?(y|ed|iness)?\\b|\\bsharp(ness)?\\b|\\b(in|out of) focus\\b"
            + "|\\bfocused\\b|\\b(image|photo|picture) quality\\b|\\bgrainy\\b|\\bnoisy\\b|\\bcrisp\\b");
    static final Pattern PIXELS = p("\\bhow many pixels\\b|\\bpixels? (wide|tall|high|across)\\b");
    static final Pattern UNMEASURED_HOW = p("\\bhow (old|heavy|fast|far|expensive|healthy|hot|cold|warm|rich|famous"
            + "|popular|much (does|is|are|did|would|will))\\b");
    static final Pattern SIZE = p("\\bhow (big|large|wide|tall|small)\\b|\\bdimensions?\\b|\\bresolution\\b"
            + "|\\bsize of (the|this|that) (image|photo|picture|frame|video)\\b|\\bwidth\\b|\\bheight\\b"
            + "|\\baspect ratio\\b|\\borientation\\b|\\b(landscape|portrait) or (landscape|portrait)\\b"
            + "|\\bhow many pixels\\b|\\bimage size\\b|\\bwhat size\\b|\\bhow long is (the|this|it)\\b|\\bduration\\b"
            + "|\\bhow long (does|is)\\b|\\blength of (the|this) (video|clip|audio|recording)\\b");
    static final Pattern READ_TEXT = p("\\bread\\w*\\b|\\bocr\\b|\\btext\\b|\\bwritten\\b|\\bwriting\\b"
            + "|\\bwords?\\b|\\b(say|says|saying)\\b|\\bspell\\w*|\\bletters?\\b|\\btitle\\b|\\binscription\\b"
            + "|\\blabels? (say|read)|\\bextract\\b|\\blettering\\b|\\btypography\\b|\\bfont\\b");
    static final Pattern CAPTION = p("\\bcaption\\w*|\\balt[- ]?text\\b|\\bheadline\\b|\\bone[- ]liner?\\b"
            + "|\\btitle (for|this|it)\\b|\\bgive (it|this|the \\w+) a title\\b|\\bhashtags?\\b");
    static final Pattern IDENTIFY_ACTION = p("^(what|who) (is|are) (\\w+ing)\\b");
    static final Pattern IDENTIFY = p("^(what|which) (is|are) (this|that|these|those|it|they)\\b\\??$"
            + "|\\bwhat (is|are) (this|that|these|those|it|they)( thing| object| animal| item)?\\??$"
            + "|\\b(what|which) (kind|type|sort) of (\\w+ )?(is|are) (this|that|it|these|those|in|on|shown|visible)\\b"
            + "|\\b(what|which) (\\w+ )?(is|are) (this|that|these|those|shown|visible|pictured|depicted|in (the|this)"
            + " (image|photo|picture))\\b|\\bidentify\\b|\\bname (the|this|that|these|all|every)\\b|\\brecogni[sz]e\\b"
            + "|\\bwhat (objects?|things?|animals?|items?|vehicles?|food) (are|is|do|can)\\b|\\bclassify\\b");
    static final Pattern DESCRIBE = p("\\bdescri\\w*|\\bwhat (is|are) (in|on|shown|visible|depicted|there|going on"
            + "|happening)\\b|\\bwhat (do|can|could) you see\\b|\\btell me (about|what)\\b|\\banaly[sz]\\w*"
            + "|\\bdetails?\\b|\\bwhat is (this|the|that) (image|picture|photo|drawing|sketch|frame|painting)"
            + " (of|about|showing)\\b|\\bwhat does (this|the|that) (image|photo|picture|drawing|frame) (show"
            + "|depict|contain)\\b|\\bcontents?\\b|\\bexplain (this|the|what)\\b|\\bwhat am i looking at\\b"
            + "|\\bwhat (is|are) (this|these|those) (image|picture|photo|drawing)s?\\b|\\blook at\\b|\\bsee in\\b"
            + "|\\bwhat (is|are) (the )?(main )?(objects?|things?|items?|subjects?)\\b|\\boverview\\b|\\bscene\\b");
    static final Pattern OPEN = p("^(why|how|should|would|could|explain)\\b|\\bwhy\\b|\\bwhat (would|should|could"
            + "|might|will)\\b|\\bhow (would|could|should|can|do|does|did|to|was|were|is|are)\\b|\\bopinion\\b"
            + "|\\brecommend\\w*|\\bsuggest\\w*|\\badvice\\b|\\bpredict\\w*|\\bmeaning\\b|\\bmean\\b|\\bpurpose\\b"
            + "|\\bthink\\b|\\bbelieve\\b|\\bfeel\\b|\\bbest\\b|\\bworst\\b|\\bpros and cons\\b|\\bhistor\\w*"
            + "|\\bsignifican\\w*|\\bimportan\\w*|\\bsymboli\\w*|\\bimplication\\w*|\\bethic\\w*");
    static final Pattern YES_NO_QUESTION = p("^(is|are|was|were|does|do|did|can|could|has|have|will|would|should)\\b");
    static final Pattern QUIZ = p("\\bquiz\\w*|\\bquestions? (and|with) answers?\\b|\\banswer key\\b"
            + "|\\btest questions\\b|\\bflash ?cards?\\b");

    static final Pattern NUMBER_ONLY = p("\\b(only|just) (the |a |one )?(number|digit|integer|count|numeral)s?\\b"
            + "|\\b(single|one|a) (number|integer|numeral|digit)\\b|\\bnumber only\\b|\\bnumerically\\b"
            + "|\\bas (a |an )?(number|integer)\\b|\\bdigits? only\\b|\\bnothing but (the |a )?number\\b");
    static final Pattern YES_NO = p("\\byes or no\\b|\\byes/no\\b|\\bonly (with )?(yes|no)\\b|\\b(yes|no) only\\b"
            + "|\\bsimply (yes|no)\\b");
    static final Pattern ONE_WORD = p("\\b(one|single|a) word\\b|\\bone-word\\b|\\bsingle-word\\b");
    static final Pattern ONE_SENTENCE = p("\\b(one|single|a) sentence\\b|\\bone[- ]line(r)?\\b|\\bbriefly\\b"
            + "|\\bconcise\\w*\\b|\\btersely\\b|\\bin a few words\\b|\\bkeep it short\\b|\\bshort answer\\b"
            + "|\\bsuccinct\\w*\\b|\\bbrief\\b|\\bshort\\b");
    static final Pattern BULLETS = p("\\bbullet\\w*|\\bas a list\\b|\\bin a list\\b|\\bitemi[sz]e\\b"
            + "|\\blist format\\b|\\bnumbered list\\b");
    static final Pattern JSON = p("\\bjson\\b");
}
