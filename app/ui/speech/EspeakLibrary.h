// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <espeak-ng/espeak_ng.h>

// eSpeak NG's functions, from libespeak-ng.so.1 loaded the first time speech is needed. Linked
// at start instead, it brings libpcaudio, PulseAudio's client and a dozen codec libraries into
// every kiosk, the ones where nobody turns Read aloud on included: 7.5 M instructions of every
// start, and a sound-server client in a process that must not reach one.
class EspeakLibrary
{
public:
    // The library loaded and every function found, or null (not installed, or too old).
    static const EspeakLibrary *load();

    decltype(&espeak_ng_InitializePath) initializePath = nullptr;
    decltype(&espeak_ng_Initialize) initialize = nullptr;
    decltype(&espeak_ng_InitializeOutput) initializeOutput = nullptr;
    decltype(&espeak_ng_ClearErrorContext) clearErrorContext = nullptr;
    decltype(&espeak_ng_GetSampleRate) getSampleRate = nullptr;
    decltype(&espeak_SetSynthCallback) setSynthCallback = nullptr;
    decltype(&espeak_SetVoiceByProperties) setVoiceByProperties = nullptr;
    decltype(&espeak_GetCurrentVoice) getCurrentVoice = nullptr;
    decltype(&espeak_SetParameter) setParameter = nullptr;
    decltype(&espeak_Synth) synth = nullptr;

private:
    EspeakLibrary() = default;
    bool resolveAll(void *handle);
};
