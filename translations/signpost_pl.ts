<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch anywhere to start</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Dotknij ekranu, aby zacząć</translation>
    </message>
    <message>
        <source>Or press any key to start.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Albo naciśnij dowolny klawisz, aby zacząć.</translation>
    </message>
    <message>
        <source>Worried about your own thoughts or behaviour?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Martwisz się swoimi myślami lub zachowaniem?</translation>
    </message>
    <message>
        <source>Under 18, and someone is hurting you or you need to talk?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Masz mniej niż 18 lat i ktoś cię krzywdzi albo chcesz z kimś porozmawiać?</translation>
    </message>
    <message>
        <source>Worried about a child?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Martwisz się o dziecko?</translation>
    </message>
</context>
<context>
    <name>ChannelAvailability</name>
    <message>
        <source>midnight</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">północy</translation>
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
        <translation type="unfinished">południe</translation>
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
        <translation type="unfinished">pl_PL</translation>
    </message>
    <message>
        <source>Open 24 hours</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Czynne całą dobę</translation>
    </message>
    <message>
        <source>Open now</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Czynne teraz</translation>
    </message>
    <message>
        <source>Open now — until %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Czynne teraz — do %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Teraz zamknięte</translation>
    </message>
    <message>
        <source>Closed now — %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Teraz zamknięte — %1</translation>
    </message>
    <message>
        <source>opens at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">otwarcie o %1</translation>
    </message>
    <message>
        <source>opens Monday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">otwarcie w poniedziałek o %1</translation>
    </message>
    <message>
        <source>opens Tuesday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">otwarcie we wtorek o %1</translation>
    </message>
    <message>
        <source>opens Wednesday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">otwarcie w środę o %1</translation>
    </message>
    <message>
        <source>opens Thursday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">otwarcie w czwartek o %1</translation>
    </message>
    <message>
        <source>opens Friday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">otwarcie w piątek o %1</translation>
    </message>
    <message>
        <source>opens Saturday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">otwarcie w sobotę o %1</translation>
    </message>
    <message>
        <source>opens Sunday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">otwarcie w niedzielę o %1</translation>
    </message>
    <message>
        <source>Open now — until Monday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Czynne teraz — zamknięcie w poniedziałek o %1</translation>
    </message>
    <message>
        <source>Open now — until Tuesday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Czynne teraz — zamknięcie we wtorek o %1</translation>
    </message>
    <message>
        <source>Open now — until Wednesday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Czynne teraz — zamknięcie w środę o %1</translation>
    </message>
    <message>
        <source>Open now — until Thursday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Czynne teraz — zamknięcie w czwartek o %1</translation>
    </message>
    <message>
        <source>Open now — until Friday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Czynne teraz — zamknięcie w piątek o %1</translation>
    </message>
    <message>
        <source>Open now — until Saturday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Czynne teraz — zamknięcie w sobotę o %1</translation>
    </message>
    <message>
        <source>Open now — until Sunday at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Czynne teraz — zamknięcie w niedzielę o %1</translation>
    </message>
    <message>
        <source>Open now — until tomorrow at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Czynne teraz — zamknięcie jutro o %1</translation>
    </message>
    <message>
        <source>Open now — until %1 on %2</source>
        <extracomment>%1 is a time, %2 a date such as &quot;9 February&quot;.</extracomment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Czynne teraz — zamknięcie %2 o %1</translation>
    </message>
    <message>
        <source>opens tomorrow at %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">otwarcie jutro o %1</translation>
    </message>
    <message>
        <source>opens on %1 at %2</source>
        <extracomment>%1 is a date such as &quot;9 February&quot;, %2 a time.</extracomment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">otwarcie %1 o %2</translation>
    </message>
</context>
<context>
    <name>ChannelCard</name>
    <message>
        <source>Anonymous: you do not have to say who you are.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Anonimowo: nie musisz mówić, kim jesteś.</translation>
    </message>
    <message>
        <source>Confidential. If a child is at risk, they may have to pass that on.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Poufnie. Jeśli dziecko jest zagrożone, może być konieczne przekazanie tych informacji dalej.</translation>
    </message>
    <message>
        <source>Not anonymous: they will ask who you are.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">To nie jest anonimowe: zapytają, kim jesteś.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>What happens when you call</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Co się dzieje, gdy zadzwonisz</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Co dzieje się dalej</translation>
    </message>
    <message>
        <source>What they do with what you tell them</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Co robią z tym, co im powiesz</translation>
    </message>
    <message>
        <source>Scan to keep this on your phone</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Zeskanuj, aby mieć to w telefonie</translation>
    </message>
    <message>
        <source>Call</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Zadzwoń</translation>
    </message>
    <message>
        <source>Textphone</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Tekstofon</translation>
    </message>
    <message>
        <source>Text</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">SMS</translation>
    </message>
    <message>
        <source>BSL video relay</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">BSL: przekaźnik wideo</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Czat na żywo</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Strona internetowa</translation>
    </message>
</context>
<context>
    <name>EmergencyStrip</name>
    <message>
        <source>Is someone in danger now?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Czy ktoś jest teraz w niebezpieczeństwie?</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Zadzwoń pod %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Textphone or Relay UK app: %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Telefon tekstowy lub aplikacja Relay UK: %1</translation>
    </message>
</context>
<context>
    <name>HoursClaim</name>
    <message>
        <source>Opening times: check when you call</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Godziny otwarcia: sprawdź, gdy zadzwonisz</translation>
    </message>
    <message>
        <source>Opening times: check when you get in touch</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Godziny otwarcia: sprawdź, gdy się skontaktujesz</translation>
    </message>
</context>
<context>
    <name>IdleNotice</name>
    <message numerus="yes">
        <source>This screen will start again in %n seconds.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">
            <numerusform>Ten ekran zacznie się od nowa za %n sekundę.</numerusform>
            <numerusform>Ten ekran zacznie się od nowa za %n sekundy.</numerusform>
            <numerusform>Ten ekran zacznie się od nowa za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Czy nadal tu jesteś?</translation>
    </message>
    <message>
        <source>I’m still here</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Nadal tu jestem</translation>
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
        <translation type="unfinished">Język</translation>
    </message>
    <message>
        <source>Now in %1. Opens the list of languages.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Teraz: %1. Otwiera listę języków.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Czytaj na głos</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">✓ %1</translation>
    </message>
    <message>
        <source>Reads each screen aloud. You can also press F2 or the star key.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Czyta na głos każdy ekran. Możesz też nacisnąć F2 lub klawisz gwiazdki.</translation>
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
        <translation type="unfinished">Wybierz swój język</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Zamknij</translation>
    </message>
    <message>
        <source>Keeps the language you have now.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Zostawia obecny język.</translation>
    </message>
</context>
<context>
    <name>LeaveButton</name>
    <message>
        <source>Leave this screen</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Opuść ten ekran</translation>
    </message>
    <message>
        <source>Clears this screen at once. You can also press Shift 3 times.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Natychmiast czyści ten ekran. Możesz też nacisnąć Shift 3 razy.</translation>
    </message>
</context>
<context>
    <name>MoreBelowCue</name>
    <message>
        <source>More below</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Więcej poniżej</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Back</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Wstecz</translation>
    </message>
    <message>
        <source>Start again</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Zacznij od nowa</translation>
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
        <translation type="unfinished">%1: teraz zamknięte.</translation>
    </message>
    <message>
        <source>%1 is closed now. It %2.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1: teraz zamknięte (%2).</translation>
    </message>
</context>
<context>
    <name>OutcomeScreen</name>
    <message>
        <source>Other ways to get help</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Inne sposoby uzyskania pomocy</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <source>How this screen protects your privacy</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Jak ten ekran chroni Twoją prywatność</translation>
    </message>
    <message>
        <source>What this screen does</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Co robi ten ekran</translation>
    </message>
    <message>
        <source>It keeps no record of what you choose. Nothing is saved.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Nie zapisuje tego, co wybierasz. Nic nie jest zachowywane.</translation>
    </message>
    <message>
        <source>It sends nothing anywhere.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Niczego nigdzie nie wysyła.</translation>
    </message>
    <message>
        <source>Everything is wiped when you press “Leave this screen”, or when nobody has touched it for a short time.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Wszystko zostaje usunięte, gdy naciśniesz „Opuść ten ekran” albo gdy nikt go przez chwilę nie dotyka.</translation>
    </message>
    <message>
        <source>You never have to type your name or anything about yourself.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Nigdy nie musisz wpisywać swojego imienia ani niczego o sobie.</translation>
    </message>
    <message>
        <source>•  %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">•  %1</translation>
    </message>
    <message>
        <source>What you should know</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Co warto wiedzieć</translation>
    </message>
    <message>
        <source>If you call a number, the call shows in your phone’s call history.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Jeśli zadzwonisz pod numer, połączenie będzie widoczne w historii połączeń Twojego telefonu.</translation>
    </message>
    <message>
        <source>If you scan a code, the address is kept in your phone’s browser history.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Jeśli zeskanujesz kod, adres zostanie w historii przeglądarki Twojego telefonu.</translation>
    </message>
    <message>
        <source>People near you may be able to see this screen. You can leave it at any time: press “Leave this screen” at the top, or press Shift 3 times.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Osoby obok mogą widzieć ten ekran. Możesz go opuścić w każdej chwili: naciśnij „Opuść ten ekran” na górze albo naciśnij Shift 3 razy.</translation>
    </message>
</context>
<context>
    <name>QuickExitAnnouncer</name>
    <message>
        <source>Leave this screen: press Shift 2 more times.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Opuść ten ekran: naciśnij Shift jeszcze 2 razy.</translation>
    </message>
    <message>
        <source>Leave this screen: press Shift 1 more time.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Opuść ten ekran: naciśnij Shift jeszcze 1 raz.</translation>
    </message>
    <message>
        <source>Quick exit timed out.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Czas na szybkie wyjście minął.</translation>
    </message>
    <message>
        <source>Loading.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Wczytywanie.</translation>
    </message>
</context>
<context>
    <name>QuickExitCue</name>
    <message>
        <source>Quick exit progress</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Postęp szybkiego wyjścia</translation>
    </message>
    <message>
        <source>Shift pressed %1 of %2 times</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Naciśnięcia Shift: %1 z %2</translation>
    </message>
</context>
<context>
    <name>SpeechWords</name>
    <message>
        <source>%1, %2 of %3</source>
        <comment>an answer read aloud: its words, its place in the list, how many</comment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">%1, %2 z %3</translation>
    </message>
    <message>
        <source>Again: %1</source>
        <comment>the helpline number read aloud a second time</comment>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Jeszcze raz: %1</translation>
    </message>
    <message>
        <source>A QR code that opens %1 on your phone.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Kod QR, który otwiera %1 na Twoim telefonie.</translation>
    </message>
    <message>
        <source>To hear this screen read aloud, press F2 or the star key, or touch Read aloud at the top of the screen.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Aby usłyszeć ten ekran czytany na głos, naciśnij F2 lub klawisz gwiazdki albo dotknij „Czytaj na głos” u góry ekranu.</translation>
    </message>
    <message>
        <source>Reading aloud. Tab or the arrows move, Enter chooses, slash repeats, full stop pauses. On a touch screen, touch once to hear and twice to choose.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Czytanie na głos. Tab lub strzałki przesuwają, Enter wybiera, ukośnik powtarza, kropka wstrzymuje. Na ekranie dotykowym dotknij raz, aby usłyszeć, i dwa razy, aby wybrać.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Free, confidential help. This screen keeps no record of what you choose.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Bezpłatna, poufna pomoc. Ten ekran nie zapisuje tego, co wybierasz.</translation>
    </message>
    <message>
        <source>How this screen protects your privacy</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Jak ten ekran chroni Twoją prywatność</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">✓ %1</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Większy tekst</translation>
    </message>
    <message>
        <source>Makes the words on every screen bigger until you leave.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Powiększa tekst na każdym ekranie, dopóki nie wyjdziesz.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Wysoki kontrast</translation>
    </message>
    <message>
        <source>White and yellow on black on every screen until you leave.</source>
        <translatorcomment>Draft by the Signpost project, not by a qualified translator: review before a deployment relies on it (translations/README.md).</translatorcomment>
        <translation type="unfinished">Biały i żółty na czarnym na każdym ekranie, dopóki nie wyjdziesz.</translation>
    </message>
</context>
</TS>
