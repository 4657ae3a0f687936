// The sample's tests ran (not zero of them) and passed, on our artifacts from the invoker's repository.
def log = new File(basedir, 'build.log').text
def totals = (log =~ /(?m)Tests run: (\d+), Failures: (\d+), Errors: (\d+), Skipped: (\d+)\s*$/).collect { it }
assert !totals.isEmpty() : 'no Surefire summary in build.log'
def (line, run, failures, errors, skipped) = totals.last()
assert (run as int) > 0 : 'the sample ran no test'
assert failures == '0' && errors == '0' && skipped == '0' : "the sample's tests did not all pass: ${line}"

def ours = new File(localRepositoryPath, 'dev/carriercontracts')
['carrier-clients-bom', 'carrier-client-cnexpress', 'carrier-mock-server-junit5'].each { artifact ->
    assert new File(ours, "${artifact}/${projectVersion}").isDirectory() : "${artifact} ${projectVersion} was not installed by invoker:install"
}

// The whole test, from its annotation to its last brace, in under 30 lines.
def test = new File(basedir, 'src/test/java/com/example/shipping/ShippingWithCnExpressTest.java').readLines()
def testLines = test.size() - test.findIndexOf { it.startsWith('@CarrierMock') }
assert testLines < 30 : "the sample test takes ${testLines} lines"
println "cnexpress-sample: ${run} test(s) passed; the test class is ${testLines} lines"
return true
