// Processor placement for the render's worker thread (glibc's GNU
// scheduling calls, declared here because the C library module is built
// without _GNU_SOURCE).
#include <pthread.h>
#include <sched.h>
#include <unistd.h>

#ifdef __linux__
extern int sched_getaffinity(pid_t pid, size_t size, cpu_set_t *set);
extern int sched_setaffinity(pid_t pid, size_t size, const cpu_set_t *set);
extern int sched_getcpu(void);
extern int pthread_attr_setaffinity_np(pthread_attr_t *attr, size_t size, const cpu_set_t *set);

enum { csched_word_bits = 8 * sizeof(__cpu_mask) };

static inline int csched_count(const cpu_set_t *set) {
    int n = 0;
    for (size_t i = 0; i < sizeof set->__bits / sizeof set->__bits[0]; i++) n += __builtin_popcountl(set->__bits[i]);
    return n;
}
#endif

/// How many processors the process may run on (at least 1).
static inline int csched_available_processors(void) {
#ifdef __linux__
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) != 0) return 1;
    int n = csched_count(&set);
#else
    long n = sysconf(_SC_NPROCESSORS_ONLN);
#endif
    return n > 0 ? (int)n : 1;
}

/// Starts a detached thread running body(context) with a stack of
/// stack_size bytes, placed on a processor other than the caller's when the
/// process may use another one (a new thread otherwise often waits for the
/// caller's processor; Linux only). Returns 0 on success.
static inline int csched_start_thread_elsewhere(void *(*body)(void *), void *context, size_t stack_size) {
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0) return -1;
    int r = pthread_attr_setstacksize(&attr, stack_size);
    if (r == 0) r = pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
#ifdef __linux__
    cpu_set_t set;
    int cpu = sched_getcpu();
    if (r == 0 && cpu >= 0 && (size_t)cpu < 8 * sizeof set && sched_getaffinity(0, sizeof set, &set) == 0) {
        set.__bits[cpu / csched_word_bits] &= ~((__cpu_mask)1 << (cpu % csched_word_bits));
        if (csched_count(&set) > 0) pthread_attr_setaffinity_np(&attr, sizeof set, &set);
    }
#endif
    pthread_t thread;
    if (r == 0) r = pthread_create(&thread, &attr, body, context);
    pthread_attr_destroy(&attr);
    return r;
}

/// Lets the calling thread run on every processor the process's main thread
/// may use (undoing the placement of csched_start_thread_elsewhere).
static inline void csched_run_anywhere(void) {
#ifdef __linux__
    cpu_set_t set;
    if (sched_getaffinity(getpid(), sizeof set, &set) == 0) sched_setaffinity(0, sizeof set, &set);
#endif
}
