<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch anywhere to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or press any key to start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelAvailability</name>
    <message>
        <source>midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-hour clock</source>
        <extracomment>Translate as &quot;24-hour clock&quot; (these exact English words) where times are written 21:00.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>midday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1pm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2pm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en_GB</source>
        <extracomment>The locale whose day names this language uses, for example cy_GB or pl_PL.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now — until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now — until %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed now — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opens at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opens %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelCard</name>
    <message>
        <source>Anonymous: you do not have to say who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential. If a child is at risk, they may have to pass that on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not anonymous: they will ask who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens when you call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do with what you tell them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to keep this on your phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyStrip</name>
    <message>
        <source>Is someone in danger now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleNotice</name>
    <message numerus="yes">
        <source>This screen will start again in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I’m still here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>Signpost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now in %1. Opens the list of languages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Signpost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the language you have now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveButton</name>
    <message>
        <source>Leave this screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clears this screen at once. You can also press Shift 3 times.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeAvailability</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed now. It %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeScreen</name>
    <message>
        <source>Other ways to get help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <source>How this screen protects your privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this screen does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It keeps no record of what you choose. Nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It sends nothing anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is wiped when you press “Leave this screen”, or when nobody has touched it for a short time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You never have to type your name or anything about yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you call a number, the call shows in your phone’s call history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you scan a code, the address is kept in your phone’s browser history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People near you may be able to see this screen. You can leave it at any time: press “Leave this screen” at the top, or press Shift 3 times.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickExitCue</name>
    <message>
        <source>Quick exit progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift pressed %1 of %2 times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Free, confidential help. This screen keeps no record of what you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this screen protects your privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the words on every screen bigger until you leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White and yellow on black on every screen until you leave.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
