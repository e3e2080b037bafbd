// mimalloc: an assessment allocates many small strings; the system allocator was a third of
// the time in a callgrind profile of batch runs.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    osai_cli::run(std::env::args_os())
}
