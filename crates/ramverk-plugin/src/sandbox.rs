//! The store a plugin runs in: WASI with nothing granted, deterministic clocks and randomness,
//! captured output, and a memory limiter that remembers when it said no.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use wasmtime::component::{Linker, Resource, ResourceTable};
use wasmtime::{Engine, ResourceLimiter, Store};
use wasmtime_wasi::p2::DynPollable;
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::random::Deterministic;
use wasmtime_wasi::{
    HostMonotonicClock, HostWallClock, WasiCtx, WasiCtxBuilder, WasiCtxView, WasiView,
};

use crate::limits::Limits;

/// How much of the plugin's stdout and stderr is kept for error messages.
const CAPTURE: usize = 64 << 10;

/// What a plugin's wasmtime store holds: its WASI context and resources, the memory limiter, and
/// the captured stderr.
pub struct StoreData {
    wasi: WasiCtx,
    table: ResourceTable,
    pub limiter: MemoryLimiter,
    pub stderr: MemoryOutputPipe,
}

impl WasiView for StoreData {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.wasi,
            table: &mut self.table,
        }
    }
}

impl StoreData {
    /// What the plugin printed to stderr (a panic message, typically).
    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr.contents()).into_owned()
    }
}

/// Caps linear memory and table growth; `hit` records a refusal for the error message.
pub struct MemoryLimiter {
    cap: usize,
    pub hit: bool,
}

impl ResourceLimiter for MemoryLimiter {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        if desired > self.cap {
            self.hit = true;
            return Err(wasmtime::Error::msg("memory limit reached"));
        }
        Ok(true)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        Ok(desired <= 1_000_000)
    }
}

/// A new store for one plugin call, with the limits set.
pub fn store(engine: &Engine, limits: &Limits, tick: Duration) -> Store<StoreData> {
    let stderr = MemoryOutputPipe::new(CAPTURE);
    let wasi = WasiCtxBuilder::new()
        .stdout(MemoryOutputPipe::new(CAPTURE))
        .stderr(stderr.clone())
        .wall_clock(FixedClock)
        .monotonic_clock(SteppingClock::default())
        .secure_random(Deterministic::new(SEED.to_vec()))
        .insecure_random(Deterministic::new(SEED.to_vec()))
        .insecure_random_seed(0x7261_6d76_6572_6b00)
        .build();
    let state = StoreData {
        wasi,
        table: ResourceTable::new(),
        limiter: MemoryLimiter {
            cap: limits.memory,
            hit: false,
        },
        stderr,
    };
    let mut store = Store::new(engine, state);
    store.limiter(|state| &mut state.limiter);
    // Fuel is always enabled in the engine's configuration, so this cannot fail.
    let _ = store.set_fuel(limits.fuel);
    let ticks = limits
        .time
        .as_nanos()
        .div_ceil(tick.as_nanos().max(1))
        .max(1);
    store.set_epoch_deadline(u64::try_from(ticks).unwrap_or(u64::MAX));
    store.epoch_deadline_trap();
    store
}

/// Replaces the clock subscriptions (sleeping, timeouts) with a refusal: WASI implements them
/// with real timers that run outside WebAssembly, where neither fuel nor epochs can stop them.
pub fn forbid_waiting(linker: &mut Linker<StoreData>) -> wasmtime::Result<()> {
    linker.allow_shadowing(true);
    let mut clock = linker.instance("wasi:clocks/monotonic-clock@0.2.12")?;
    clock.func_wrap(
        "subscribe-duration",
        |_, (_,): (u64,)| -> wasmtime::Result<(Resource<DynPollable>,)> {
            Err(wasmtime::Error::msg(NO_WAITING))
        },
    )?;
    clock.func_wrap(
        "subscribe-instant",
        |_, (_,): (u64,)| -> wasmtime::Result<(Resource<DynPollable>,)> {
            Err(wasmtime::Error::msg(NO_WAITING))
        },
    )?;
    linker.allow_shadowing(false);
    Ok(())
}

pub const NO_WAITING: &str = "it tried to sleep or wait on a timer, which plugins may not do";

/// The bytes every plugin's "random" numbers come from: the same output on every run.
const SEED: &[u8; 32] = b"ramverk: deterministic plugins!!";

/// A wall clock stopped at 2000-01-01T00:00:00Z: plugins cannot learn the time.
struct FixedClock;

impl HostWallClock for FixedClock {
    fn resolution(&self) -> Duration {
        Duration::from_secs(1)
    }

    fn now(&self) -> Duration {
        Duration::from_secs(946_684_800)
    }
}

/// A monotonic clock that advances one microsecond per reading, whatever the real time.
#[derive(Default)]
struct SteppingClock {
    now: AtomicU64,
}

impl HostMonotonicClock for SteppingClock {
    fn resolution(&self) -> u64 {
        1_000
    }

    fn now(&self) -> u64 {
        self.now.fetch_add(1_000, Ordering::Relaxed)
    }
}
