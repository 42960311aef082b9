<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch anywhere to start</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Atingeți oriunde pentru a începe</translation>
    </message>
    <message>
        <source>Or press any key to start.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Sau apăsați orice tastă pentru a începe.</translation>
    </message>
    <message>
        <source>Worried about your own thoughts or behaviour?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Vă îngrijorează propriile gânduri sau comportamente?</translation>
    </message>
    <message>
        <source>Under 18, and someone is hurting you or you need to talk?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ai sub 18 ani și cineva îți face rău sau vrei să vorbești cu cineva?</translation>
    </message>
    <message>
        <source>Worried about a child?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Vă faceți griji pentru un copil?</translation>
    </message>
</context>
<context>
    <name>ChannelAvailability</name>
    <message>
        <source>midnight</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">miezul nopții</translation>
    </message>
    <message>
        <source>12-hour clock</source>
        <extracomment>Translate as &quot;24-hour clock&quot; (these exact English words) where times are written 21:00.</extracomment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">24-hour clock</translation>
    </message>
    <message>
        <source>midday</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">prânz</translation>
    </message>
    <message>
        <source>%1pm</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1:00</translation>
    </message>
    <message>
        <source>%1am</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1:00</translation>
    </message>
    <message>
        <source>%1:%2pm</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1:%2</translation>
    </message>
    <message>
        <source>%1:%2am</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1:%2</translation>
    </message>
    <message>
        <source>en_GB</source>
        <extracomment>The locale whose month names this language uses, for example cy_GB or pl_PL.</extracomment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">ro_RO</translation>
    </message>
    <message>
        <source>Open 24 hours</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Deschis non-stop</translation>
    </message>
    <message>
        <source>Open now</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Deschis acum</translation>
    </message>
    <message>
        <source>Open now — until %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Deschis acum — până la %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Închis acum</translation>
    </message>
    <message>
        <source>Closed now — %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Închis acum — %1</translation>
    </message>
    <message>
        <source>opens at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">se deschide la %1</translation>
    </message>
    <message>
        <source>opens Monday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">se deschide luni la %1</translation>
    </message>
    <message>
        <source>opens Tuesday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">se deschide marți la %1</translation>
    </message>
    <message>
        <source>opens Wednesday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">se deschide miercuri la %1</translation>
    </message>
    <message>
        <source>opens Thursday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">se deschide joi la %1</translation>
    </message>
    <message>
        <source>opens Friday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">se deschide vineri la %1</translation>
    </message>
    <message>
        <source>opens Saturday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">se deschide sâmbătă la %1</translation>
    </message>
    <message>
        <source>opens Sunday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">se deschide duminică la %1</translation>
    </message>
    <message>
        <source>Open now — until Monday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Deschis acum — până luni la %1</translation>
    </message>
    <message>
        <source>Open now — until Tuesday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Deschis acum — până marți la %1</translation>
    </message>
    <message>
        <source>Open now — until Wednesday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Deschis acum — până miercuri la %1</translation>
    </message>
    <message>
        <source>Open now — until Thursday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Deschis acum — până joi la %1</translation>
    </message>
    <message>
        <source>Open now — until Friday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Deschis acum — până vineri la %1</translation>
    </message>
    <message>
        <source>Open now — until Saturday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Deschis acum — până sâmbătă la %1</translation>
    </message>
    <message>
        <source>Open now — until Sunday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Deschis acum — până duminică la %1</translation>
    </message>
    <message>
        <source>Open now — until tomorrow at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Deschis acum — până mâine la %1</translation>
    </message>
    <message>
        <source>Open now — until %1 on %2</source>
        <extracomment>%1 is a time, %2 a date such as &quot;9 February&quot;.</extracomment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Deschis acum — până pe %2 la %1</translation>
    </message>
    <message>
        <source>opens tomorrow at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">se deschide mâine la %1</translation>
    </message>
    <message>
        <source>opens on %1 at %2</source>
        <extracomment>%1 is a date such as &quot;9 February&quot;, %2 a time.</extracomment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">se deschide pe %1 la %2</translation>
    </message>
</context>
<context>
    <name>ChannelCard</name>
    <message>
        <source>Anonymous: you do not have to say who you are.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Anonim: nu e nevoie să spuneți cine sunteți.</translation>
    </message>
    <message>
        <source>Confidential. If a child is at risk, they may have to pass that on.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Confidențial. Dacă un copil este expus unui risc, s-ar putea să fie nevoiți să transmită informația mai departe.</translation>
    </message>
    <message>
        <source>Not anonymous: they will ask who you are.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Nu este anonim: vă vor întreba cine sunteți.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>What happens when you call</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ce se întâmplă când sunați</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ce se întâmplă apoi</translation>
    </message>
    <message>
        <source>What they do with what you tell them</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ce fac cu ce le spuneți</translation>
    </message>
    <message>
        <source>Scan to keep this on your phone</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Scanați ca să păstrați asta pe telefon</translation>
    </message>
    <message>
        <source>Call</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Sunați</translation>
    </message>
    <message>
        <source>Textphone</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Telefon text</translation>
    </message>
    <message>
        <source>Text</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">SMS</translation>
    </message>
    <message>
        <source>BSL video relay</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">BSL: apel video cu interpret</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Chat live</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Site web</translation>
    </message>
</context>
<context>
    <name>EmergencyStrip</name>
    <message>
        <source>Is someone in danger now?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Este cineva în pericol acum?</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Sunați la %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Textphone or Relay UK app: %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Telefon text sau aplicația Relay UK: %1</translation>
    </message>
</context>
<context>
    <name>HoursClaim</name>
    <message>
        <source>Opening times: check when you call</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Program: verificați când sunați</translation>
    </message>
    <message>
        <source>Opening times: check when you get in touch</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Program: verificați când îi contactați</translation>
    </message>
</context>
<context>
    <name>IdleNotice</name>
    <message numerus="yes">
        <source>This screen will start again in %n seconds.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">
            <numerusform>Acest ecran va reporni în %n secundă.</numerusform>
            <numerusform>Acest ecran va reporni în %n secunde.</numerusform>
            <numerusform>Acest ecran va reporni în %n de secunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Mai sunteți aici?</translation>
    </message>
    <message>
        <source>I’m still here</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Sunt încă aici</translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>Signpost</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Signpost</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Limba</translation>
    </message>
    <message>
        <source>Now in %1. Opens the list of languages.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Acum: %1. Deschide lista de limbi.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Citire cu voce tare</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">✓ %1</translation>
    </message>
    <message>
        <source>Reads each screen aloud. You can also press F2 or the star key.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Citește cu voce tare fiecare ecran. Puteți apăsa și F2 sau tasta stea.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Signpost</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Signpost</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Alegeți limba</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Închide</translation>
    </message>
    <message>
        <source>Keeps the language you have now.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Păstrează limba de acum.</translation>
    </message>
</context>
<context>
    <name>LeaveButton</name>
    <message>
        <source>Leave this screen</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Părăsiți acest ecran</translation>
    </message>
    <message>
        <source>Clears this screen at once. You can also press Shift 3 times.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Golește imediat acest ecran. Puteți apăsa și Shift de 3 ori.</translation>
    </message>
</context>
<context>
    <name>MoreBelowCue</name>
    <message>
        <source>More below</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Mai multe mai jos</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Back</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Înapoi</translation>
    </message>
    <message>
        <source>Start again</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Începeți din nou</translation>
    </message>
</context>
<context>
    <name>OutcomeAvailability</name>
    <message>
        <source>%1 (%2)</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is closed now.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1 este închis acum.</translation>
    </message>
    <message>
        <source>%1 is closed now. It %2.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1: închis acum; %2.</translation>
    </message>
</context>
<context>
    <name>OutcomeScreen</name>
    <message>
        <source>Other ways to get help</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Alte moduri de a primi ajutor</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <source>How this screen protects your privacy</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Cum vă protejează acest ecran intimitatea</translation>
    </message>
    <message>
        <source>What this screen does</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ce face acest ecran</translation>
    </message>
    <message>
        <source>It keeps no record of what you choose. Nothing is saved.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Nu păstrează nicio evidență a ce alegeți. Nu se salvează nimic.</translation>
    </message>
    <message>
        <source>It sends nothing anywhere.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Nu trimite nimic nicăieri.</translation>
    </message>
    <message>
        <source>Everything is wiped when you press “Leave this screen”, or when nobody has touched it for a short time.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Totul se șterge când apăsați „Părăsiți acest ecran” sau când nimeni nu l-a atins de puțin timp.</translation>
    </message>
    <message>
        <source>You never have to type your name or anything about yourself.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Nu trebuie niciodată să vă scrieți numele sau ceva despre dumneavoastră.</translation>
    </message>
    <message>
        <source>•  %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">•  %1</translation>
    </message>
    <message>
        <source>What you should know</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ce ar trebui să știți</translation>
    </message>
    <message>
        <source>If you call a number, the call shows in your phone’s call history.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Dacă sunați la un număr, apelul apare în istoricul de apeluri al telefonului.</translation>
    </message>
    <message>
        <source>If you scan a code, the address is kept in your phone’s browser history.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Dacă scanați un cod, adresa rămâne în istoricul browserului de pe telefon.</translation>
    </message>
    <message>
        <source>People near you may be able to see this screen. You can leave it at any time: press “Leave this screen” at the top, or press Shift 3 times.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Persoanele din apropiere ar putea vedea acest ecran. Îl puteți părăsi oricând: apăsați „Părăsiți acest ecran” sus sau apăsați Shift de 3 ori.</translation>
    </message>
</context>
<context>
    <name>QuickExitAnnouncer</name>
    <message>
        <source>Leave this screen: press Shift 2 more times.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Părăsiți acest ecran: apăsați Shift încă de 2 ori.</translation>
    </message>
    <message>
        <source>Leave this screen: press Shift 1 more time.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Părăsiți acest ecran: apăsați Shift încă o dată.</translation>
    </message>
    <message>
        <source>Quick exit timed out.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Timpul pentru ieșire rapidă a expirat.</translation>
    </message>
    <message>
        <source>Loading.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Se încarcă.</translation>
    </message>
</context>
<context>
    <name>QuickExitCue</name>
    <message>
        <source>Quick exit progress</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Progresul ieșirii rapide</translation>
    </message>
    <message>
        <source>Shift pressed %1 of %2 times</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Shift apăsat: %1 din %2</translation>
    </message>
</context>
<context>
    <name>SpeechWords</name>
    <message>
        <source>%1, %2 of %3</source>
        <comment>an answer read aloud: its words, its place in the list, how many</comment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1, %2 din %3</translation>
    </message>
    <message>
        <source>Again: %1</source>
        <comment>the helpline number read aloud a second time</comment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Încă o dată: %1</translation>
    </message>
    <message>
        <source>A QR code that opens %1 on your phone.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Un cod QR care deschide %1 pe telefonul dumneavoastră.</translation>
    </message>
    <message>
        <source>To hear this screen read aloud, press F2 or the star key, or touch Read aloud at the top of the screen.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Pentru a auzi acest ecran citit cu voce tare, apăsați F2 sau tasta stea ori atingeți „Citire cu voce tare” în partea de sus a ecranului.</translation>
    </message>
    <message>
        <source>Reading aloud. Tab or the arrows move, Enter chooses, slash repeats, full stop pauses. On a touch screen, touch once to hear and twice to choose.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Citire cu voce tare. Tab sau săgețile mută, Enter alege, bara oblică repetă, punctul pune pauză. Pe un ecran tactil, atingeți o dată pentru a auzi și de două ori pentru a alege.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Free, confidential help. This screen keeps no record of what you choose.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Ajutor gratuit și confidențial. Acest ecran nu păstrează nicio evidență a ce alegeți.</translation>
    </message>
    <message>
        <source>How this screen protects your privacy</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Cum vă protejează acest ecran intimitatea</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">✓ %1</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Text mai mare</translation>
    </message>
    <message>
        <source>Makes the words on every screen bigger until you leave.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Mărește textul pe fiecare ecran până când plecați.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Contrast ridicat</translation>
    </message>
    <message>
        <source>White and yellow on black on every screen until you leave.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Alb și galben pe negru pe fiecare ecran până când plecați.</translation>
    </message>
</context>
</TS>
