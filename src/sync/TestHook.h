#pragma once

namespace muster::sync {

// Points where the sync tests stop a real musterctl process: with
// MUSTER_SYNC_TEST_HOOK="<point>:<n>=kill" the process SIGKILLs itself the n-th time it
// reaches <point>; with "=pause" it creates the file MUSTER_SYNC_TEST_HOOK_FILE and
// waits until the test deletes it. Points: pull-page-applied, push-batch-sent,
// push-committed. Without the variable this does nothing.
class TestHook
{
public:
    static void reached(const char* point);
};

} // namespace muster::sync
