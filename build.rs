//! Build script: generates the parser from `grammar/slate.lalrpop` into `OUT_DIR`.
fn main() {
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .set_in_dir("grammar")
        .process()
        .expect("lalrpop failed to generate the parser");
    println!("cargo:rerun-if-changed=grammar");
}
