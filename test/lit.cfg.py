# lit configuration for piiflow's tests: one construct per test, expectations
# beside the code, as clang-tidy's tests are written.
import os
import lit.formats

config.name = "piiflow"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".cpp", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt", "unit", "lit.cfg.py", "sarif"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.piiflow_obj_root, "test")

# piiflow, FileCheck, not and count come first on PATH.
path = os.pathsep.join([config.piiflow_tools_dir, config.llvm_tools_dir,
                        config.environment.get("PATH", os.environ.get("PATH", ""))])
config.environment["PATH"] = path
config.environment["HOME"] = os.environ.get("HOME", "/tmp")
# Tests must not depend on a terminal or on the user's locale.
config.environment["LC_ALL"] = "C"

validate = os.path.join(config.piiflow_src_root, "test", "sarif", "validate_sarif.py")
config.substitutions.append(("%validate-sarif",
    "%s %s --multitool %s --config %s" % (
        config.python_executable, validate, config.sarif_multitool,
        os.path.join(config.piiflow_src_root, "test", "sarif", "gh-strict.xml"))))
config.substitutions.append(("%python", config.python_executable))
config.substitutions.append(("%cmake", config.cmake_command))
config.substitutions.append(("%src_root", config.piiflow_src_root))

# Helpers for command-line tests: the exact exit status, and a compile
# database with absolute paths made at test time.
helpers = os.path.join(config.piiflow_src_root, "test", "infrastructure", "Inputs")
config.substitutions.append(("%exitcode",
    "%s %s" % (config.python_executable, os.path.join(helpers, "exitcode.py"))))
config.substitutions.append(("%make-cdb",
    "%s %s" % (config.python_executable, os.path.join(helpers, "make_cdb.py"))))
# A scratch directory outside the build tree, for tests of "nothing found
# upward" (the build tree itself has a compile_commands.json).
import tempfile
config.substitutions.append(("%outside-tmp",
    os.path.join(tempfile.gettempdir(), "piiflow-lit-%d" % os.getpid())))

# The data map (test/data-map): its JSON summariser, and headless Chromium
# with Node for the HTML rendering test, which needs both ('REQUIRES:
# chromium'; scripts/install-deps.sh --test installs them). Screenshots go to
# build/test/artifacts/.
import shutil
config.substitutions.append(("%map-summary", "%s %s" % (
    config.python_executable,
    os.path.join(config.piiflow_src_root, "test", "data-map", "Inputs", "map-summary.py"))))
chromium = shutil.which("chromium") or shutil.which("chromium-browser")
node = shutil.which("node")
if chromium and node:
    config.available_features.add("chromium")
    config.substitutions.append(("%render-html", "%s %s --chromium %s" % (
        node, os.path.join(config.piiflow_src_root, "test", "data-map", "Inputs",
                           "render-html.js"), chromium)))
config.substitutions.append(("%artifacts",
    os.path.join(config.piiflow_obj_root, "test", "artifacts")))
