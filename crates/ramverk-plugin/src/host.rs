//! The plugin host: one engine with the sandbox's configuration, the compiled-plugin cache, and
//! the calls into each plugin kind.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::thread::JoinHandle;
use std::time::Duration;

use ramverk_assess as score;
use ramverk_model::Framework;
use wasmtime::component::Linker;
use wasmtime::{Config, Engine, InstanceAllocationStrategy, PoolingAllocationConfig, Store, Trap};

use crate::bindings::{
    detailed_export as wde, export as we, model as wit, role_profile as wr, scoring as ws,
};
use crate::cache::{self, CacheOutcome};
use crate::cache_key::{self, Tightened, TrustedDir};
use crate::convert::{self, Size};
use crate::error::{Limit, PluginError};
use crate::files::OutputFile;
use crate::limits::Limits;
use crate::manifest::Kind;
use crate::plugin::{Derived, Interface, Plugin, exported_api, locate};
use crate::sandbox::{self, StoreData};
use crate::source::{Location, Source};

/// Largest WebAssembly component read, in bytes (ramverk's own plugins are a few hundred KiB).
pub const MAX_COMPONENT_BYTES: u64 = 256 << 20;

/// The engine's configuration: fuel and epochs on, a 1 MiB call stack, and (with `pooling`)
/// instance slots sized by the memory limit.
fn config(limits: &Limits, pooling: bool) -> Config {
    let mut config = Config::new();
    config
        .wasm_component_model(true)
        .consume_fuel(true)
        .epoch_interruption(true)
        .max_wasm_stack(1 << 20);
    if std::env::var_os("RAMVERK_PERF_MAP").is_some() {
        config.profiler(wasmtime::ProfilingStrategy::PerfMap);
    }
    if pooling {
        let mut pool = PoolingAllocationConfig::new();
        pool.total_component_instances(8)
            .total_core_instances(64)
            .total_memories(16)
            .total_tables(32)
            .max_memory_size(limits.memory)
            .linear_memory_keep_resident(64 << 20);
        config.allocation_strategy(InstanceAllocationStrategy::Pooling(pool));
    }
    config
}

/// How often the wall-clock backstop ticks.
const TICK: Duration = Duration::from_millis(10);

pub struct Host {
    engine: Engine,
    linker: Linker<StoreData>,
    limits: Limits,
    cache_dir: Option<PathBuf>,
    /// The cache folder once checked (on the first load): trusted, or why not.
    trusted: OnceLock<Result<TrustedDir, String>>,
    _ticker: Ticker,
}

impl Host {
    /// A host with `limits` for every call, caching compiled plugins in `cache_dir`.
    pub fn new(limits: Limits, cache_dir: Option<PathBuf>) -> Result<Host, PluginError> {
        let setup = |message: String| PluginError::Instantiate {
            plugin: "(host)".into(),
            message,
        };
        // The pooling allocator keeps plugin memory resident between calls, which spares a large
        // call thousands of page faults; where the address space is too small for its
        // reservation, the default allocator does the same job more slowly.
        let engine = Engine::new(&config(&limits, true))
            .or_else(|_| Engine::new(&config(&limits, false)))
            .map_err(|e| setup(e.to_string()))?;
        let mut linker = Linker::new(&engine);
        wasmtime_wasi::p2::add_to_linker_sync(&mut linker).map_err(|e| setup(e.to_string()))?;
        sandbox::forbid_waiting(&mut linker).map_err(|e| setup(e.to_string()))?;
        let ticker = Ticker::start(engine.clone());
        Ok(Host {
            engine,
            linker,
            limits,
            cache_dir,
            trusted: OnceLock::new(),
            _ticker: ticker,
        })
    }

    /// `$RAMVERK_CACHE_DIR`, else the platform's cache folder, with `ramverk/plugins` appended.
    pub fn default_cache_dir() -> Option<PathBuf> {
        if let Some(dir) = std::env::var_os("RAMVERK_CACHE_DIR").filter(|d| !d.is_empty()) {
            return Some(PathBuf::from(dir));
        }
        let base = std::env::var_os("XDG_CACHE_HOME")
            .filter(|d| !d.is_empty())
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("LOCALAPPDATA").map(PathBuf::from))
            .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache")))?;
        Some(base.join("ramverk").join("plugins"))
    }

    /// The cache folder this host made private (0700) because others could read or enter it, if
    /// it did; known once a plugin has been loaded.
    pub fn cache_tightened(&self) -> Option<&Tightened> {
        match self.trusted.get() {
            Some(Ok(dir)) => dir.tightened.as_ref(),
            _ => None,
        }
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// Loads the plugin at `path` (its folder, manifest or `.wasm`), compiling it or reusing
    /// the cache, and checks its API version and kind.
    pub fn load(&self, path: &Path) -> Result<Plugin, PluginError> {
        self.load_source(&Source::Path(path.to_path_buf()))
    }

    /// Loads a plugin from disk or a built-in one, the same way: the compiled-plugin cache, the
    /// API version and the kind are checked alike.
    pub fn load_source(&self, source: &Source) -> Result<Plugin, PluginError> {
        let (manifest, location) = match source {
            Source::Path(path) => {
                let (manifest_path, manifest, wasm_path) = locate(path)?;
                let location = Location::Files {
                    manifest: manifest_path,
                    wasm: wasm_path,
                };
                (manifest, location)
            }
            Source::BuiltIn(built_in) => (built_in.manifest()?, Location::BuiltIn(built_in)),
        };
        if !manifest.api_supported() {
            return Err(PluginError::ApiVersion {
                plugin: manifest.name,
                found: manifest.api,
                supported: crate::manifest::API_VERSION.into(),
            });
        }
        let wasm: Cow<'static, [u8]> = match &location {
            Location::Files { wasm, .. } => ramverk_source::read_limited(wasm, MAX_COMPONENT_BYTES)
                .map(Cow::Owned)
                .map_err(|e| PluginError::Read {
                    path: wasm.clone(),
                    message: format!(
                        "{e}; build the plugin for wasm32-wasip2 and put the .wasm beside its manifest"
                    ),
                })?,
            Location::BuiltIn(built_in) => Cow::Borrowed(built_in.wasm()),
        };
        let compile_error = |message: String| PluginError::Compile {
            plugin: manifest.name.clone(),
            path: location.component(),
            message,
        };
        let trusted = (self.cache_dir.as_deref())
            .map(|dir| self.trusted.get_or_init(|| cache_key::open(dir)));
        let (component, cache) = match trusted {
            Some(Ok(dir)) => cache::load(&self.engine, &wasm, dir),
            Some(Err(reason)) => cache::compile(&self.engine, &wasm)
                .map(|component| (component, CacheOutcome::Refused(reason.clone()))),
            None => cache::compile(&self.engine, &wasm)
                .map(|component| (component, CacheOutcome::Disabled)),
        }
        .map_err(compile_error)?;
        let exports: Vec<String> = component
            .component_type()
            .exports(&self.engine)
            .map(|(name, _)| name.to_string())
            .collect();
        let (api, interface) = exported_api(&manifest, &exports)?;
        let pre =
            self.linker
                .instantiate_pre(&component)
                .map_err(|e| PluginError::Instantiate {
                    plugin: manifest.name.clone(),
                    message: format!("{e:#}"),
                })?;
        Ok(Plugin {
            manifest,
            location,
            api,
            interface,
            cache,
            component,
            pre,
        })
    }

    /// Runs the plugin's own self-test.
    pub fn self_test(&self, plugin: &Plugin) -> Result<(), PluginError> {
        let outcome = self.run(plugin, |store| match plugin.kind() {
            Kind::Scoring => ws::ScoringPluginPre::new(plugin.pre.clone())?
                .instantiate(&mut *store)?
                .call_self_test(&mut *store),
            Kind::RoleProfile => wr::RoleProfilePluginPre::new(plugin.pre.clone())?
                .instantiate(&mut *store)?
                .call_self_test(&mut *store),
            Kind::Export if plugin.interface == Interface::DetailedExporter => {
                wde::DetailedExportPluginPre::new(plugin.pre.clone())?
                    .instantiate(&mut *store)?
                    .call_self_test(&mut *store)
            }
            Kind::Export => we::ExportPluginPre::new(plugin.pre.clone())?
                .instantiate(&mut *store)?
                .call_self_test(&mut *store),
        })?;
        outcome.map_err(|message| PluginError::SelfTest {
            plugin: plugin.name().into(),
            message,
        })
    }

    /// Scores `input` against `framework` with a scoring plugin.
    pub fn score(
        &self,
        plugin: &Plugin,
        framework: &Framework,
        input: score::Input,
        settings: &[(String, String)],
    ) -> Result<score::Output, PluginError> {
        plugin.expect_kind(Kind::Scoring)?;
        let config = self.config(plugin, settings)?;
        let model = convert::framework(framework);
        let persons = input.persons.len();
        let count = input.ratings.len();
        let input =
            convert::scoring_input(input, framework).map_err(|message| PluginError::Input {
                plugin: plugin.name().into(),
                message,
            })?;
        let output = self.run(plugin, |store| {
            let instance =
                ws::ScoringPluginPre::new(plugin.pre.clone())?.instantiate(&mut *store)?;
            instance
                .ramverk_plugin_scoring()
                .call_score(&mut *store, &model, &input, &config)
        })?;
        let output = self.reported(plugin, output)?;
        self.within_output_limit(plugin, output.size())?;
        let output = convert::scoring_output(output);
        output
            .fits(count, persons)
            .map_err(|message| PluginError::Invalid {
                plugin: plugin.name().into(),
                message,
            })?;
        Ok(output)
    }

    /// The roles and profiles a role-profile plugin derives, checked against `framework`.
    pub fn derive(
        &self,
        plugin: &Plugin,
        framework: &Framework,
        settings: &[(String, String)],
    ) -> Result<Derived, PluginError> {
        plugin.expect_kind(Kind::RoleProfile)?;
        let config = self.config(plugin, settings)?;
        let model = convert::framework(framework);
        let derived = self.run(plugin, |store| {
            let instance =
                wr::RoleProfilePluginPre::new(plugin.pre.clone())?.instantiate(&mut *store)?;
            instance
                .ramverk_plugin_role_profile()
                .call_derive(&mut *store, &model, &config)
        })?;
        let derived = self.reported(plugin, derived)?;
        let size = derived.roles.iter().map(Size::size).sum::<usize>()
            + derived.profiles.iter().map(Size::size).sum::<usize>();
        self.within_output_limit(plugin, size)?;
        let derived = Derived {
            roles: derived.roles.into_iter().map(convert::role_back).collect(),
            profiles: derived
                .profiles
                .into_iter()
                .map(convert::profile_back)
                .collect(),
        };
        derived
            .check(framework)
            .map_err(|message| PluginError::Invalid {
                plugin: plugin.name().into(),
                message,
            })?;
        Ok(derived)
    }

    /// The files an export plugin renders for `framework`: within the output and files limits,
    /// names checked and fitting together (`crate::files::layout`), nothing written.
    pub fn render(
        &self,
        plugin: &Plugin,
        framework: &Framework,
        settings: &[(String, String)],
    ) -> Result<Vec<OutputFile>, PluginError> {
        plugin.expect_kind(Kind::Export)?;
        let config = self.config(plugin, settings)?;
        let model = convert::framework(framework);
        let files = if plugin.interface == Interface::DetailedExporter {
            let details = convert::details(framework);
            let files = self.run(plugin, |store| {
                let instance = wde::DetailedExportPluginPre::new(plugin.pre.clone())?
                    .instantiate(&mut *store)?;
                instance.ramverk_plugin_detailed_exporter().call_render(
                    &mut *store,
                    &model,
                    &details,
                    &config,
                )
            })?;
            self.reported(plugin, files)?
                .into_iter()
                .map(OutputFile::from)
                .collect::<Vec<_>>()
        } else {
            let files = self.run(plugin, |store| {
                let instance =
                    we::ExportPluginPre::new(plugin.pre.clone())?.instantiate(&mut *store)?;
                instance
                    .ramverk_plugin_exporter()
                    .call_render(&mut *store, &model, &config)
            })?;
            self.reported(plugin, files)?
                .into_iter()
                .map(OutputFile::from)
                .collect::<Vec<_>>()
        };
        self.within_files_limit(plugin, files.len(), "files")?;
        let size = files
            .iter()
            .map(|f| f.name.len() + f.media_type.len() + f.content.len())
            .sum();
        self.within_output_limit(plugin, size)?;
        let layout = crate::files::layout(&files).map_err(|message| PluginError::Invalid {
            plugin: plugin.name().into(),
            message,
        })?;
        self.within_files_limit(plugin, layout.entries(), "files and folders")?;
        Ok(files)
    }

    fn config(
        &self,
        plugin: &Plugin,
        settings: &[(String, String)],
    ) -> Result<Vec<wit::Setting>, PluginError> {
        let values =
            plugin
                .manifest
                .settings(settings)
                .map_err(|message| PluginError::Reported {
                    plugin: plugin.name().into(),
                    message,
                })?;
        Ok(values
            .into_iter()
            .map(|(key, value)| wit::Setting { key, value })
            .collect())
    }

    /// Runs `call` in a fresh sandboxed store and turns traps into errors naming the limit hit.
    fn run<T>(
        &self,
        plugin: &Plugin,
        call: impl FnOnce(&mut Store<StoreData>) -> wasmtime::Result<T>,
    ) -> Result<T, PluginError> {
        let mut store = sandbox::store(&self.engine, &self.limits, TICK);
        call(&mut store).map_err(|error| self.classify(plugin, &store, error))
    }

    fn reported<T>(&self, plugin: &Plugin, result: Result<T, String>) -> Result<T, PluginError> {
        result.map_err(|message| PluginError::Reported {
            plugin: plugin.name().into(),
            message,
        })
    }

    fn within_output_limit(&self, plugin: &Plugin, size: usize) -> Result<(), PluginError> {
        if size <= self.limits.output {
            return Ok(());
        }
        Err(self.limit_error(
            plugin,
            Limit::Output,
            &format!("it returned {} ", bytes(size as u64)),
        ))
    }

    fn within_files_limit(
        &self,
        plugin: &Plugin,
        count: usize,
        what: &str,
    ) -> Result<(), PluginError> {
        if count <= self.limits.files {
            return Ok(());
        }
        Err(self.limit_error(
            plugin,
            Limit::Files,
            &format!("it returned {} {what}, ", thousands(count as u64)),
        ))
    }

    fn classify(
        &self,
        plugin: &Plugin,
        store: &Store<StoreData>,
        error: wasmtime::Error,
    ) -> PluginError {
        if store.data().limiter.hit {
            return self.limit_error(plugin, Limit::Memory, "it tried to grow its memory beyond ");
        }
        let stderr = store.data().stderr_text();
        match error.downcast_ref::<Trap>() {
            Some(Trap::OutOfFuel) => {
                self.limit_error(plugin, Limit::Fuel, "it used up its CPU budget of ")
            }
            Some(Trap::Interrupt) => self.limit_error(plugin, Limit::Time, "it ran longer than "),
            Some(Trap::StackOverflow) => self.limit_error(
                plugin,
                Limit::Stack,
                "it recursed deeper than the call stack of ",
            ),
            Some(trap) => {
                // Classified by the trap's kind, never by what the plugin printed: a Rust guest's
                // panic (built with panic = "abort") ends in an `unreachable` instruction.
                let message = match trap {
                    Trap::UnreachableCodeReached => format!("it panicked or aborted ({trap})"),
                    Trap::MemoryOutOfBounds => {
                        "it accessed memory out of bounds (its stack overflowed from deep recursion, or it has a bug)".to_string()
                    }
                    _ => trap.to_string(),
                };
                PluginError::Trap {
                    plugin: plugin.name().into(),
                    message,
                    stderr,
                }
            }
            // An error a host function returned (e.g. the refusal to sleep): its own words.
            None => PluginError::Trap {
                plugin: plugin.name().into(),
                message: error.root_cause().to_string(),
                stderr,
            },
        }
    }

    fn limit_error(&self, plugin: &Plugin, limit: Limit, what: &str) -> PluginError {
        let value = match limit {
            Limit::Fuel => format!("{} units of fuel", thousands(self.limits.fuel)),
            Limit::Time => format!("{:.1} s", self.limits.time.as_secs_f64()),
            Limit::Memory => bytes(self.limits.memory as u64),
            Limit::Stack => "1 MiB".to_string(),
            Limit::Output => bytes(self.limits.output as u64),
            Limit::Files => thousands(self.limits.files as u64),
        };
        let hint = match limit {
            Limit::Stack => {
                format!("{what}{value}; this is a fixed limit (deep recursion in the plugin?)")
            }
            Limit::Output => {
                format!(
                    "{what}of data, more than {value}; raise it with --plugin-limit output=SIZE if this is expected"
                )
            }
            Limit::Files => format!(
                "{what}more than {value} files and folders; raise it with --plugin-limit files=N if this is expected"
            ),
            _ => format!(
                "{what}{value}; raise it with --plugin-limit {}=VALUE if the plugin is trusted and the work is large",
                limit.name()
            ),
        };
        PluginError::Limit {
            plugin: plugin.name().into(),
            limit,
            limit_value: value,
            hint,
        }
    }
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn bytes(n: u64) -> String {
    match n {
        n if n >= 1 << 30 && n % (1 << 30) == 0 => format!("{} GiB", n >> 30),
        n if n >= 1 << 20 => format!("{:.0} MiB", n as f64 / (1 << 20) as f64),
        n if n >= 1 << 10 => format!("{:.0} KiB", n as f64 / 1024.0),
        n => format!("{n} bytes"),
    }
}

/// Advances the engine's epoch every `TICK` so that a plugin past its deadline traps.
struct Ticker {
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Ticker {
    fn start(engine: Engine) -> Ticker {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let thread = std::thread::Builder::new()
            .name("ramverk-plugin-epoch".into())
            .spawn(move || {
                while !flag.load(Ordering::Relaxed) {
                    std::thread::park_timeout(TICK);
                    engine.increment_epoch();
                }
            })
            .ok();
        Ticker { stop, thread }
    }
}

impl Drop for Ticker {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            thread.thread().unpark();
            let _ = thread.join();
        }
    }
}
