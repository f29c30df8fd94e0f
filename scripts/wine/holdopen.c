/*
 * holdopen FILE READY SECONDS: opens FILE as Excel and Word open the file
 * they show (no FILE_SHARE_DELETE, so nothing can be renamed over it),
 * creates READY to say so, and keeps FILE open for SECONDS. The Windows
 * tests use it to check that an export over an open file keeps the file
 * and says that another program has it open. Built with MinGW.
 */
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: holdopen FILE READY SECONDS\n");
    return 2;
  }
  HANDLE h = CreateFileA(argv[1], GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING,
                         FILE_ATTRIBUTE_NORMAL, NULL);
  if (h == INVALID_HANDLE_VALUE) {
    fprintf(stderr, "holdopen: cannot open %s (error %lu)\n", argv[1], GetLastError());
    return 1;
  }
  HANDLE r = CreateFileA(argv[2], GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
  if (r != INVALID_HANDLE_VALUE) CloseHandle(r);
  Sleep((DWORD)atoi(argv[3]) * 1000);
  CloseHandle(h);
  return 0;
}
