// glibc's allocator settings (mallopt), which the Glibc module leaves out; nothing elsewhere.
#if defined(__linux__)
#include <malloc.h>
#endif
