// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/speech/EspeakLibrary.h"

#include <dlfcn.h>

namespace {

template<typename Function>
bool resolve(void *handle, const char *name, Function &function)
{
    function = reinterpret_cast<Function>(dlsym(handle, name));
    return function != nullptr;
}

} // namespace

const EspeakLibrary *EspeakLibrary::load()
{
    // Once per process, and never unloaded: eSpeak keeps global state. RTLD_LOCAL keeps its
    // symbols out of the way of everything else; the executable's create_audio_device_object
    // (EspeakEngine.cpp) still comes first, as the dynamic linker searches the executable before
    // the library's own dependencies.
    static const EspeakLibrary *const library = []() -> const EspeakLibrary * {
        void *handle = dlopen("libespeak-ng.so.1", RTLD_NOW | RTLD_LOCAL);
        if (!handle)
            return nullptr;
        static EspeakLibrary loaded;
        if (!loaded.resolveAll(handle)) {
            dlclose(handle); // an eSpeak too old for Signpost: nothing of it stays loaded
            return nullptr;
        }
        return &loaded;
    }();
    return library;
}

bool EspeakLibrary::resolveAll(void *handle)
{
    return resolve(handle, "espeak_ng_InitializePath", initializePath) &&
           resolve(handle, "espeak_ng_Initialize", initialize) &&
           resolve(handle, "espeak_ng_InitializeOutput", initializeOutput) &&
           resolve(handle, "espeak_ng_ClearErrorContext", clearErrorContext) &&
           resolve(handle, "espeak_ng_GetSampleRate", getSampleRate) &&
           resolve(handle, "espeak_SetSynthCallback", setSynthCallback) &&
           resolve(handle, "espeak_SetVoiceByProperties", setVoiceByProperties) &&
           resolve(handle, "espeak_GetCurrentVoice", getCurrentVoice) &&
           resolve(handle, "espeak_SetParameter", setParameter) &&
           resolve(handle, "espeak_Synth", synth);
}
