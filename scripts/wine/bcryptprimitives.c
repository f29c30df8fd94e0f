/*
 * A stand-in for Windows' bcryptprimitives.dll, for tests under Wine only.
 *
 * Go programs since Go 1.24 get their random numbers from ProcessPrng in
 * bcryptprimitives.dll, which Windows 10 and 11 have; Wine 8 (Debian 12)
 * does not ship it, so the runtime stops at start with "bcryptprimitives.dll
 * not found". scripts/test-windows.sh builds this DLL with MinGW and puts it
 * in the test's own Wine prefix; it is never part of the Windows build.
 * ProcessPrng here draws on RtlGenRandom (advapi32's SystemFunction036).
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
  while (len > 0) {
    ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
    if (!SystemFunction036(data, n)) return FALSE;
    data += n;
    len -= n;
  }
  return TRUE;
}
