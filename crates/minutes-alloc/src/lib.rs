//! mimalloc as the global allocator, through its plain calls where they suffice.
//!
//! The `mimalloc` crate's allocator calls `mi_malloc_aligned` for every allocation, which
//! checks the alignment and the free block's address before taking mimalloc's fast path,
//! and falls into a slow generic path when the free block happens not to be aligned.
//! mimalloc aligns every block of 16 bytes or more to 16 bytes and smaller blocks to their
//! size class (8), so a layout whose alignment is at most 16 and at most its size needs
//! no aligned call: `mi_malloc`, `mi_realloc` and `mi_free` serve it (the rule `std`'s own
//! `System` allocator uses for `malloc`). Other layouts take the aligned calls.

#![no_std]

use core::alloc::{GlobalAlloc, Layout};
use core::ffi::c_void;
use libmimalloc_sys as ffi;

/// The alignment every mimalloc block of at least this size has.
const MIN_ALIGN: usize = 16;

/// mimalloc, with the plain calls for layouts they serve aligned (see the crate doc).
pub struct MiMalloc;

/// Whether a plain `mi_malloc` of `size` bytes is aligned enough for `align`.
#[inline(always)]
fn plain(size: usize, align: usize) -> bool {
    align <= MIN_ALIGN && align <= size
}

// SAFETY: every pointer comes from mimalloc and goes back to it; a layout's alignment is
// honoured either by mimalloc's own block alignment (see `plain`) or by the aligned calls.
unsafe impl GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if plain(layout.size(), layout.align()) {
            ffi::mi_malloc(layout.size()) as *mut u8
        } else {
            ffi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if plain(layout.size(), layout.align()) {
            ffi::mi_zalloc(layout.size()) as *mut u8
        } else {
            ffi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        ffi::mi_free(ptr as *mut c_void);
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if plain(new_size, layout.align()) {
            ffi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
        } else {
            ffi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
        }
    }
}

/// mimalloc's `mi_option_page_reclaim_on_free`: its place in the `mi_option_e` enum of the
/// vendored mimalloc v3 header (the crate exposes no constant for it). The assertion below
/// stops the build if a new libmimalloc-sys changes the enum's length, so that this index
/// is checked again.
const PAGE_RECLAIM_ON_FREE: ffi::mi_option_t = 35;
const _: () = assert!(
    ffi::_mi_option_last == 47,
    "mimalloc's option enum changed: check PAGE_RECLAIM_ON_FREE against mimalloc.h"
);

/// Lets a thread that frees a block of a page whose owning thread has exited take that
/// page over (mimalloc's default takes over only pages the freeing thread made itself).
///
/// For callers that parse on short-lived threads and drop the documents on another one, as
/// the Python bindings' `parse_many` does: every free into a page left by an exited worker
/// otherwise goes through the atomic cross-thread path, which made dropping 2,000 documents
/// parsed on two threads cost about twice the thread time of dropping ones parsed on one.
/// Call it once, before any such thread starts (mimalloc's option setter is not thread safe).
pub fn reclaim_pages_of_exited_threads() {
    // SAFETY: sets one of mimalloc's integer options to a value it documents (1: reclaim
    // across threads); called before the caller starts threads that allocate.
    unsafe { ffi::mi_option_set(PAGE_RECLAIM_ON_FREE, 1) }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;

    #[test]
    fn every_small_layout_comes_back_aligned() {
        for align in [1, 2, 4, 8, 16, 32, 64] {
            for size in [1, 3, 8, 15, 16, 24, 40, 48, 100, 1000, 5000, 70_000] {
                let layout = Layout::from_size_align(size, align).unwrap();
                // SAFETY: a non-zero size; the pointers go back with their layouts.
                unsafe {
                    let p = MiMalloc.alloc(layout);
                    assert!(!p.is_null() && p as usize % align == 0, "{size} {align}");
                    let q = MiMalloc.realloc(p, layout, size * 3);
                    assert!(!q.is_null() && q as usize % align == 0, "{size} {align}");
                    MiMalloc.dealloc(q, Layout::from_size_align(size * 3, align).unwrap());
                    let z = MiMalloc.alloc_zeroed(layout);
                    assert!(!z.is_null() && z as usize % align == 0, "{size} {align}");
                    assert!((0..size).all(|i| *z.add(i) == 0));
                    MiMalloc.dealloc(z, layout);
                }
            }
        }
    }

    /// The plain path's premise, checked block by block: every live block of 16 bytes or
    /// more that mimalloc hands out is 16-aligned, not just the first of its page (hashbrown,
    /// for one, asks for alignment 16 with sizes that are not multiples of 16).
    #[test]
    fn many_live_blocks_of_every_size_are_16_aligned() {
        let mut live = std::vec::Vec::new();
        for size in 16..=4096 {
            let layout = Layout::from_size_align(size, 16).unwrap();
            for _ in 0..8 {
                // SAFETY: a non-zero size; freed below with the same layout.
                let p = unsafe { MiMalloc.alloc(layout) };
                assert!(!p.is_null() && p as usize % 16 == 0, "size {size}");
                live.push((p, layout));
            }
        }
        for (p, layout) in live {
            // SAFETY: allocated above with this layout.
            unsafe { MiMalloc.dealloc(p, layout) };
        }
    }

    #[test]
    fn reclaiming_is_switched_on() {
        // SAFETY: reads an integer option; this test alone sets it.
        let before = unsafe { ffi::mi_option_get(PAGE_RECLAIM_ON_FREE) };
        assert_eq!(before, 0, "mimalloc's documented default");
        reclaim_pages_of_exited_threads();
        assert_eq!(unsafe { ffi::mi_option_get(PAGE_RECLAIM_ON_FREE) }, 1);
    }
}
