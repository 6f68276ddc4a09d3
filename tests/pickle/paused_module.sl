# imported by tasklet_nested_calls.sl: its body pauses the importing tasklet
import stackless
value = "module/" + stackless.schedule_remove("in a module body")
